# differential test program, seed 111 (tools/difftest/generator.py)
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
for x in [12, 25, 26, 39, 51, 10]:
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
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(7)))
print(sum(v * v for v in evens1(8)))
print(dict(pairs1([''])))
gen = evens1(7)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens1(7)), all(v % 2 == 0 for v in evens1(7)))
# block 2: generators
def evens2(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs2(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens2(6)))
print(sum(v * v for v in evens2(11)))
print(dict(pairs2(['x', 'alpha'])))
gen = evens2(6)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens2(6)), all(v % 2 == 0 for v in evens2(6)))
