# differential test program, seed 114 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [20]
print('l0_0', l0_0)
s0_1 = 'blue'
print('s0_1', s0_1)
s0_2 = str((19.79 / (5.233 or 0.5)))
print('s0_2', s0_2)
s0_3 = s0_2
print('s0_3', s0_3)
l0_4 = [32, 1, 16, -1, 39, 23]
print('l0_4', l0_4)
print([22, 21, -4, 2][4:-1])
t = (-25, (s0_1 + s0_2), -46.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha']]
print(pairs)
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
items1 = [Shape1('hal', 7), Square1('fay', 2)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
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
for x in [36, 4, 48, 8, 0, 16]:
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
