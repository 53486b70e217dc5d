# differential test program, seed 123 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(6)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(0) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 4)(17))
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
for x in [54, 3, 10, 8, 21]:
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
