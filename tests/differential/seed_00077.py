# differential test program, seed 77 (tools/difftest/generator.py)
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
for x in [15, 12, 52, 60]:
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items1 = [BigSquare1('ann', 5), Shape1('hal', 3), Shape1('gus', 3), Square1('fay', 2)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
d2_0 = {'hal': (128 + 87), 'bob': 848219742167598946404, 'gus': int(167 < 161)}
print('d2_0', d2_0)
i2_1 = len(('yy' + 'gamma'))
print('i2_1', i2_1)
s2_2 = 'x'
print('s2_2', s2_2)
d2_3 = {'dee': len(s2_2), 'eve': abs(867724830211689782884)}
print('d2_3', d2_3)
f2_4 = (-48.792 / (30.0 or 0.5))
print('f2_4', f2_4)
i2_5 = (i2_1 % (len(s2_2) or 7))
print('i2_5', i2_5)
s2_6 = 'red'
print('s2_6', s2_6)
d = {}
d['ann'] = d.get('ann', 0) + i2_5
d['bob'] = d.get('bob', 0) + i2_5
d['ann'] += 1
print(d.pop('bob'), 'bob' in d, len(d))
print(d)
d = {}
d['eve'] = d.get('eve', 0) + i2_1
d['bob'] = d.get('bob', 0) + i2_1
d['ann'] = d.get('ann', 0) + 9
d['eve'] += 1
print(d.pop('ann'), 'gus' in d, len(d))
print(d)
print(int((56 % (i2_5 or 7)) == len(s2_2)), ' - '.join([]), sep=' ')
print(47.0, i2_1 / 9)
d = {}
d['gus'] = d.get('gus', 0) + i2_5
d['bob'] = d.get('bob', 0) + (i2_5 // (i2_5 or 7))
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (i2_5, s2_6.title(), (i2_5 * f2_4))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'beta', 'green', 'beta']]
print(pairs)
# block 3: values and operators
i3_0 = (int(161 > 169) - int(160 <= 117))
print('i3_0', i3_0)
f3_1 = 35.588
print('f3_1', f3_1)
i3_2 = ((181579876275215726096 // (i3_0 or 7)) + int(-22 < i3_0))
print('i3_2', i3_2)
i3_3 = ((i3_0 + 866818429162748636182) - abs(i3_2))
print('i3_3', i3_3)
t = ((i3_0 // (i3_3 or 7)), ''.join(['', 'zzz', 'alpha']), round(f3_1, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', '', 'beta', '']]
print(pairs)
t = ((i3_0 + i3_3), 'gamma'[-1:2], f3_1)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'beta', 'beta', 'yy']]
print(pairs)
d = {}
d['hal'] = d.get('hal', 0) + i3_2
d['eve'] = d.get('eve', 0) + (99 - i3_2)
d['hal'] += 1
print(d.pop('eve'), 'gus' in d, len(d))
print(d)
