# differential test program, seed 91 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=2, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(pow(15, 1)))
print(f0((5 % (-27 or 7)), 124, scale=4))
print(f0(b=5, a=4, label='eve'))
print(g0(6, 'fay', k3=8))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: exceptions
class AppError1(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError1(AppError1):
    pass
def risky1(x):
    if x % 3 == 0:
        raise FatalAppError1(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError1(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [24, 42, 23, 47]:
    try:
        print('ok', risky1(x))
    except FatalAppError1 as e:
        print('fatal', e.code, e)
    except AppError1 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
