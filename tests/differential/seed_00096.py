# differential test program, seed 96 (tools/difftest/generator.py)
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
for x in [59, 13, 6, 52, 21, 48]:
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
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 1: functions with defaults and keywords
def f1(a, b=6, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(36))
print(f1((-48 * 73), max(38, 518809402905043456245), scale=2))
print(f1(b=2, a=0, label='cy'))
print(g1(9, 'bob', k2=9))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(6)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(4) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 4)(20))
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(6)))
print(sum(v * v for v in evens3(6)))
print(dict(pairs3(['Mixed Case', 'alpha', 'yy', 'gamma'])))
gen = evens3(6)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens3(6)), all(v % 2 == 0 for v in evens3(6)))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 96')
