# differential test program, seed 106 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = ('beta' * 0)
print('s0_0', s0_0)
i0_1 = max(pow(141, 3), (-4 + 39))
print('i0_1', i0_1)
i0_2 = ((i0_1 - i0_1) * 850398124740270420390)
print('i0_2', i0_2)
i0_3 = (int(i0_2 != i0_2) // (i0_1 or 7))
print('i0_3', i0_3)
i0_4 = len(s0_0)
print('i0_4', i0_4)
i0_5 = i0_3
print('i0_5', i0_5)
s0_6 = str(i0_2)
print('s0_6', s0_6)
print(min(i0_5, 87), str(i0_1), sep=', ')
print(((i0_1 + i0_4) * -14.1), i0_3 / 5)
print(sum([-20, 11]), len([-20, 11]))
t = (i0_1, ' - '.join([]), round(31.86, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(sum([-3, 14, 28, 39, -18, -13]), len([-3, 14, 28, 39, -18, -13]))
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
for x in [49, 3, 22, 20, 12, 50]:
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
# block 2: classes with inheritance
class Shape2:
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
class Square2(Shape2):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare2(Square2):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items2 = [Square2('gus', 1), Square2('fay', 7), Shape2('eve', 3), BigSquare2('hal', 7)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: closures
def counter3(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(4)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(5) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 3, lambda v: v - 4)(1))
# block 4: closures
def counter4(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(5)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(8) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 3, lambda v: v - 3)(14))
