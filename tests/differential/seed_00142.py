# differential test program, seed 142 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=7, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((667250958934119310340 * 87)))
print(f0(189, 83, scale=3))
print(f0(b=0, a=0, label='hal'))
print(g0(1, 'eve', k1=0))
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
print(list(evens1(4)))
print(sum(v * v for v in evens1(9)))
print(dict(pairs1(['x', 'green'])))
gen = evens1(4)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens1(4)), all(v % 2 == 0 for v in evens1(4)))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(0)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(8) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 2)(3))
# block 3: exceptions
class AppError3(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError3(AppError3):
    pass
def risky3(x):
    if x % 3 == 0:
        raise FatalAppError3(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError3(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [11, 19, 19]:
    try:
        print('ok', risky3(x))
    except FatalAppError3 as e:
        print('fatal', e.code, e)
    except AppError3 as e:
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
# block 4: classes with inheritance
class Shape4:
    kind = 'shape'
    def __init__(self, name, size):
        self.name = name
        self.size = size
    def area(self):
        return 0
    def describe(self):
        return f"{self.kind} {self.name} area={self.area()}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.size})"
class Square4(Shape4):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare4(Square4):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items4 = [Shape4('ann', 4), Shape4('eve', 3), Shape4('bob', 8)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
