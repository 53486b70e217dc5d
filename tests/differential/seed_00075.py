# differential test program, seed 75 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(6)))
print(sum(v * v for v in evens0(6)))
print(dict(pairs0(['', '', 'yy', ''])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
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
for x in [57, 44, 20]:
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
# block 2: closures
def counter2(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(7)
print(c(), c(), c(2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(9) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 2)(13))
# block 3: values and operators
s3_0 = ('yy'[-2:0] * 1)
print('s3_0', s3_0)
d3_1 = {'ann': 58930993008470539001, 'cy': -20, 'eve': (69 * 118), 'hal': (128 - 193)}
print('d3_1', d3_1)
f3_2 = ((-96.2 / (-98.05 or 0.5)) * (16 * -0.133))
print('f3_2', f3_2)
l3_3 = []
print('l3_3', l3_3)
s3_4 = (s3_0.capitalize() + s3_0)
print('s3_4', s3_4)
s3_5 = repr(s3_4)[-1:-3:-1]
print('s3_5', s3_5)
print(sum(l3_3), len(l3_3))
t = (min(144, 59), f"<{61:<4}|{f3_2}>", (-69.6 / (f3_2 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'zzz', 'blue']]
print(pairs)
print((169 // ((170 - 159) or 7)), repr(str(-40)), sep=' ')
print((f3_2 / ((f3_2 * f3_2) or 0.5)), (len(s3_0) * -1) / 5)
# block 4: functions with defaults and keywords
def f4(a, b=9, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4((-20 + 59)))
print(f4(int(-31 != 161), (21 // (26618773123055135292 or 7)), scale=4))
print(f4(b=0, a=0, label='cy'))
print(g4(1, 'ann', k2=0))
try:
    f4()
except TypeError as e:
    print('TypeError', e)
