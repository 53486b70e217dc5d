# differential test program, seed 2 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = ((4 * 16.2) - (170 * 8.835))
print('f0_0', f0_0)
s0_1 = f"<{(58 // (10 or 7))}|{(-64.7 + f0_0):.2f}>"
print('s0_1', s0_1)
s0_2 = (repr(s0_1) * 3)
print('s0_2', s0_2)
print(int(int(13 != 78) > (68 + 185)), str((f0_0 - f0_0)), sep=', ')
print(f0_0, int(-2 < -38) / 5)
d = {}
d['cy'] = d.get('cy', 0) + (-35 - 144)
d['gus'] = d.get('gus', 0) + 279871806944073697094
d['cy'] += 1
for k, v in d.items():
    print(k, v)
print([v * -3 for v in [] if v % 2 == 0])
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
for x in [8, 52, 59, 10, 47]:
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
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
