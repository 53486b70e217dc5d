# differential test program, seed 196 (tools/difftest/generator.py)
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
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('fay', 2), Square0('cy', 9), Square0('bob', 3), BigSquare0('eve', 5)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
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
for x in [4, 46, 46, 36, 30, 35]:
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
