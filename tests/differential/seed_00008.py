# differential test program, seed 8 (tools/difftest/generator.py)
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
for x in [8, 12, 45, 2, 5, 8]:
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
        9 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 1: classes with inheritance
class Shape1:
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
class Square1(Shape1):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare1(Square1):
    def area(self):
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items1 = [Shape1('hal', 8), Square1('gus', 8), BigSquare1('dee', 7), Shape1('hal', 4)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
s2_0 = ' - '.join(['green', '', 'beta'])
print('s2_0', s2_0)
i2_1 = 162
print('i2_1', i2_1)
s2_2 = s2_0
print('s2_2', s2_2)
f2_3 = ((116 * 16.3) * 8.0)
print('f2_3', f2_3)
s2_4 = s2_0
print('s2_4', s2_4)
print(((i2_1 - i2_1) % (int(i2_1 != i2_1) or 7)), s2_2, sep=', ')
print((f2_3 - (-40.9 - -15.32)), (min(i2_1, i2_1) - i2_1) / 5)
for i, v in enumerate([][:3]):
    print(i, v, i * v)
t = (i2_1, s2_0, round(f2_3, 3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'Mixed Case', 'green']]
print(pairs)
t = (i2_1, s2_4, f2_3)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz']]
print(pairs)
print(i2_1, s2_0, sep=' ')
print((round(f2_3, 2) / ((f2_3 / (29.169 or 0.5)) or 0.5)), i2_1 / 1)
