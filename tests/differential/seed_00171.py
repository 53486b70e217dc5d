# differential test program, seed 171 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(3)))
print(sum(v * v for v in evens0(7)))
print(dict(pairs0(['', 'blue', 'x'])))
gen = evens0(3)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens0(3)), all(v % 2 == 0 for v in evens0(3)))
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
for x in [11, 11, 8, 48]:
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items2 = [BigSquare2('dee', 4), Shape2('cy', 1), BigSquare2('fay', 2), BigSquare2('fay', 7)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: values and operators
i3_0 = int((61 % (-10 or 7)) < (174 * 179))
print('i3_0', i3_0)
d3_1 = {'eve': int(i3_0 > i3_0), 'ann': i3_0}
print('d3_1', d3_1)
s3_2 = str((i3_0 - i3_0))
print('s3_2', s3_2)
d3_3 = {'hal': int(i3_0 < i3_0)}
print('d3_3', d3_3)
d3_4 = {'ann': pow(-48, 0), 'cy': int(i3_0 == i3_0), 'eve': len('blue'), 'dee': int(i3_0 < 159)}
print('d3_4', d3_4)
s3_5 = s3_2
print('s3_5', s3_5)
print((i3_0 - i3_0), (s3_5 + s3_5)[-3:-3:-1], sep='|')
print((i3_0 * (138 * -99.9)), i3_0 / 2)
t = (450134408471501240826, f"<{i3_0}|{-72.4:.1f}>", (95.0 / (27.87 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(len(','.join(['red', 'beta'])), 'yy', sep=' ')
print(round(round(13.6, 1), 3), (i3_0 + abs(i3_0)) / 2)
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
for x in [5, 24, 42, 39, 41]:
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
