# differential test program, seed 102 (tools/difftest/generator.py)
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
for x in [35, 45, 42, 38]:
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
        5 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
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
print(sum(v * v for v in evens1(11)))
print(dict(pairs1([])))
gen = evens1(7)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens1(7)), all(v % 2 == 0 for v in evens1(7)))
# block 2: functions with defaults and keywords
def f2(a, b=6, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((215638498181072324068 % (164 or 7))))
print(f2((55 + 13), len('gamma'), scale=4))
print(f2(b=5, a=1, label='gus'))
print(g2(9, 'gus', k3=2))
