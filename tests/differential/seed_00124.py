# differential test program, seed 124 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = max((197 + -45), len('Mixed Case'))
print('i0_0', i0_0)
s0_1 = 'alpha'
print('s0_1', s0_1)
i0_2 = i0_0
print('i0_2', i0_2)
f0_3 = ((-61.75 * 51.0) + (-23.018 / (21.36 or 0.5)))
print('f0_3', f0_3)
d = {}
d['dee'] = d.get('dee', 0) + len(s0_1)
d['bob'] = d.get('bob', 0) + len('blue')
d['hal'] = d.get('hal', 0) + i0_0
d['eve'] = d.get('eve', 0) + 84
d['ann'] = d.get('ann', 0) + i0_2
d['dee'] += 1
print(d.pop('ann'), 'hal' in d, len(d))
print(d)
print(sorted([10, 21, 21, 26], reverse=False))
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
items1 = [Shape1('dee', 1), Square1('fay', 8), Square1('cy', 8), BigSquare1('fay', 6)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
d2_0 = {'eve': abs(78)}
print('d2_0', d2_0)
d2_1 = {'gus': (869999903411203620042 - 184), 'fay': -7}
print('d2_1', d2_1)
i2_2 = pow(abs(68), 2)
print('i2_2', i2_2)
d2_3 = {'bob': int(i2_2 <= i2_2)}
print('d2_3', d2_3)
f2_4 = round((91.0 / (25.82 or 0.5)), 1)
print('f2_4', f2_4)
f2_5 = (int(i2_2 == -28) * (f2_4 / (f2_4 or 0.5)))
print('f2_5', f2_5)
i2_6 = int(64 == i2_2)
print('i2_6', i2_6)
acc = []
for v in [8, -18, 39, 20, 27]:
    acc.append(v + int(i2_6 != i2_2))
print(acc)
t = (-20, 'green'[0:3], round(f2_5, 3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'yy', 'Mixed Case', '']]
print(pairs)
d = {}
d['cy'] = d.get('cy', 0) + int(i2_6 < i2_2)
d['ann'] = d.get('ann', 0) + (i2_2 - i2_2)
d['cy'] += 1
print(d.pop('ann'), 'gus' in d, len(d))
print(d)
d = {}
d['gus'] = d.get('gus', 0) + (i2_2 - i2_2)
d['bob'] = d.get('bob', 0) + i2_6
d['ann'] = d.get('ann', 0) + i2_6
d['cy'] = d.get('cy', 0) + i2_2
d['fay'] = d.get('fay', 0) + (i2_6 - 439321482822017488085)
d['gus'] += 1
print(d.pop('fay'), 'gus' in d, len(d))
print(d)
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
for x in [29, 30, 54]:
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
