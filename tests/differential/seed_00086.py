# differential test program, seed 86 (tools/difftest/generator.py)
# block 0: exceptions
class AppError0(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError0(AppError0):
    pass
def risky0(x):
    if x % 3 == 0:
        raise FatalAppError0(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError0(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [49, 4, 45]:
    try:
        print('ok', risky0(x))
    except FatalAppError0 as e:
        print('fatal', e.code, e)
    except AppError0 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(1)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(6) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 0)(18))
