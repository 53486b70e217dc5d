# differential test program, seed 9 (tools/difftest/generator.py)
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
for x in [8, 11, 55, 43, 0]:
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
        8 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 1: values and operators
s1_0 = 'x'
print('s1_0', s1_0)
i1_1 = int(pow(-37, 0) <= len('x'))
print('i1_1', i1_1)
d1_2 = {'eve': i1_1}
print('d1_2', d1_2)
l1_3 = [6, 36, -15, 29, -3, 38]
print('l1_3', l1_3)
i1_4 = max((176 - -36), pow(i1_1, 1))
print('i1_4', i1_4)
print([v * 3 for v in [] if v % 4 == 0])
d = {}
d['ann'] = d.get('ann', 0) + 96
d['hal'] = d.get('hal', 0) + len(s1_0)
d['bob'] = d.get('bob', 0) + i1_4
d['eve'] = d.get('eve', 0) + i1_1
d['ann'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
d = {}
d['ann'] = d.get('ann', 0) + int(i1_4 > 130)
d['cy'] = d.get('cy', 0) + min(i1_1, i1_1)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(sum([3, 8, -7, 5]), len([3, 8, -7, 5]))
print(sorted(l1_3, reverse=False))
# block 2: values and operators
i2_0 = max((22 - -36), 93)
print('i2_0', i2_0)
d2_1 = {'hal': i2_0, 'cy': i2_0, 'fay': max(i2_0, i2_0), 'bob': (157 + i2_0)}
print('d2_1', d2_1)
i2_2 = i2_0
print('i2_2', i2_2)
i2_3 = 457231679969370238552
print('i2_3', i2_3)
print([2, -2, -11, 10, 15, -3][-3:4])
for i, v in enumerate([][:3]):
    print(i, v, i * v)
print(i2_3, ''.join(['']), sep=', ')
print((round(-30.0, 2) * (60.0 + 71.8)), i2_2 / 8)
print(i2_0, (f"<{i2_3}|{5.0:.2f}>" * 2), sep=' ')
print((i2_3 * (-80.076 - -2.0)), 174 / 8)
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
items3 = [BigSquare3('hal', 4), Shape3('bob', 1), BigSquare3('gus', 7), BigSquare3('bob', 2)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items4 = [Shape4('bob', 2), Shape4('fay', 8), BigSquare4('hal', 1), BigSquare4('bob', 6)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 9')
