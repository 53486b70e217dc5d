# differential test program, seed 45 (tools/difftest/generator.py)
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
print(sum(v * v for v in evens0(8)))
print(dict(pairs0([])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
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
for x in [4, 30, 0]:
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
        2 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 2: closures
def counter2(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(9)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(4) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 1)(13))
# block 3: values and operators
s3_0 = 'blue'.upper()
print('s3_0', s3_0)
f3_1 = ((-81.0 + -36.602) * (-35 * 81.9))
print('f3_1', f3_1)
f3_2 = f3_1
print('f3_2', f3_2)
i3_3 = pow((47 - 91), 0)
print('i3_3', i3_3)
s3_4 = 'Mixed Case'[-3:5:-1]
print('s3_4', s3_4)
d3_5 = {'fay': i3_3, 'cy': (i3_3 + 97), 'bob': (i3_3 % (i3_3 or 7))}
print('d3_5', d3_5)
f3_6 = ((f3_1 - -70.0) * (f3_1 + f3_1))
print('f3_6', f3_6)
print([][2:])
for i, v in enumerate([24, 22, 28, 25, 8][:3]):
    print(i, v, i * v)
