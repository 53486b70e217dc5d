# differential test program, seed 170 (tools/difftest/generator.py)
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
for x in [5, 15, 20, 16, 37]:
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
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
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
print(list(evens1(7)))
print(sum(v * v for v in evens1(9)))
print(dict(pairs1(['yy', 'green', 'zzz', 'gamma'])))
gen = evens1(7)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens1(7)), all(v % 2 == 0 for v in evens1(7)))
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
items2 = [Square2('fay', 3), Square2('cy', 3)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
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
for x in [49, 28, 34]:
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
        8 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
