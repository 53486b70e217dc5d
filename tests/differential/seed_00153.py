# differential test program, seed 153 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = (max(157, 102) * (67.2 - 31.08))
print('f0_0', f0_0)
d0_1 = {'fay': (173 + 77), 'hal': int(195159702297261675662 != -40)}
print('d0_1', d0_1)
i0_2 = (min(139, 198) - len('beta'))
print('i0_2', i0_2)
print(len(' - '.join(['green', 'alpha', 'yy', 'zzz'])), (('gamma' * 2) * 3), sep=', ')
print(f0_0, 148 / 1)
for i, v in enumerate([-17, 20][:3]):
    print(i, v, i * v)
for i, v in enumerate([10, 6, 35, 34, 13, -5][:3]):
    print(i, v, i * v)
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
for x in [58, 31, 28]:
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items2 = [BigSquare2('bob', 1), BigSquare2('hal', 2), BigSquare2('fay', 3)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items3 = [Square3('dee', 1), Square3('bob', 4)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
# block 4: exceptions
class AppError4(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError4(AppError4):
    pass
def risky4(x):
    if x % 3 == 0:
        raise FatalAppError4(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError4(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [15, 3, 18, 1]:
    try:
        print('ok', risky4(x))
    except FatalAppError4 as e:
        print('fatal', e.code, e)
    except AppError4 as e:
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
