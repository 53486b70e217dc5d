# differential test program, seed 115 (tools/difftest/generator.py)
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items0 = [Shape0('fay', 9), Square0('eve', 6), Square0('ann', 9), BigSquare0('cy', 3)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
d1_0 = {'hal': len('blue'), 'fay': (172 - 111)}
print('d1_0', d1_0)
d1_1 = {'ann': (177 % (9 or 7)), 'fay': (90 - 128), 'bob': (96 - -2), 'eve': len('Mixed Case')}
print('d1_1', d1_1)
f1_2 = round((-88.0 - -94.8), 0)
print('f1_2', f1_2)
s1_3 = f"<{(56 - 80):^7}|{(21.0 - f1_2)}>"
print('s1_3', s1_3)
d1_4 = {'fay': (101 * 116), 'eve': (185 * 111), 'gus': 193}
print('d1_4', d1_4)
d = {}
d['ann'] = d.get('ann', 0) + min(791250602991786129193, 98)
d['bob'] = d.get('bob', 0) + 104
d['hal'] = d.get('hal', 0) + len(s1_3)
d['eve'] = d.get('eve', 0) + (197 - 442937517574519909288)
d['dee'] = d.get('dee', 0) + int(8 < 182)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
d = {}
d['cy'] = d.get('cy', 0) + (43 % (741112481239939081982 or 7))
d['fay'] = d.get('fay', 0) + min(7, -1)
d['eve'] = d.get('eve', 0) + max(38, 6)
d['ann'] = d.get('ann', 0) + min(107, 54)
d['cy'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
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
for x in [38, 40, 13, 19]:
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
try:
    try:
        8 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
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
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items3 = [BigSquare3('hal', 1), Shape3('bob', 8), Square3('bob', 5)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
