# differential test program, seed 157 (tools/difftest/generator.py)
# block 0: classes with inheritance
class Shape0:
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
class Square0(Shape0):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare0(Square0):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items0 = [Shape0('fay', 6), Shape0('fay', 3)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
i1_0 = int(861315228321223116242 != pow(93, 0))
print('i1_0', i1_0)
s1_1 = ('gamma'.upper() * 2)
print('s1_1', s1_1)
f1_2 = round((-45.0 - -91.0), 0)
print('f1_2', f1_2)
s1_3 = ''
print('s1_3', s1_3)
t = (i1_0, repr(s1_3), -99.448)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', '', 'green', 'alpha']]
print(pairs)
t = (max(i1_0, i1_0), s1_1.zfill(5), (i1_0 * f1_2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case', 'beta']]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + len(s1_1)
d['fay'] = d.get('fay', 0) + i1_0
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 2: exceptions
class AppError2(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError2(AppError2):
    pass
def risky2(x):
    if x % 3 == 0:
        raise FatalAppError2(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError2(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [26, 31, 7]:
    try:
        print('ok', risky2(x))
    except FatalAppError2 as e:
        print('fatal', e.code, e)
    except AppError2 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 3: classes with inheritance
class Shape3:
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
class Square3(Shape3):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare3(Square3):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items3 = [Shape3('eve', 1), BigSquare3('dee', 4), Square3('cy', 4), Square3('hal', 5)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
# block 4: closures
def counter4(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(6)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(0) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 2, lambda v: v - 2)(19))
