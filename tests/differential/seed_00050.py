# differential test program, seed 50 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(10)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(5) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(10))
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items1 = [Square1('bob', 6), Square1('dee', 4)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
s2_0 = ''.join([])
print('s2_0', s2_0)
i2_1 = int(len(s2_0) < (61 * 63))
print('i2_1', i2_1)
f2_2 = (len(s2_0) * round(7.0, 3))
print('f2_2', f2_2)
l2_3 = [36, 24, 32, -13]
print('l2_3', l2_3)
d2_4 = {'gus': len(s2_0), 'eve': (i2_1 - i2_1), 'hal': pow(i2_1, 0), 'bob': i2_1}
print('d2_4', d2_4)
d = {}
d['ann'] = d.get('ann', 0) + i2_1
d['fay'] = d.get('fay', 0) + (i2_1 % (i2_1 or 7))
d['eve'] = d.get('eve', 0) + len('x')
d['hal'] = d.get('hal', 0) + i2_1
d['ann'] += 1
for k, v in d.items():
    print(k, v)
acc = []
for v in l2_3:
    acc.append(v + (i2_1 - 60))
print(acc)
d = {}
d['bob'] = d.get('bob', 0) + i2_1
d['ann'] = d.get('ann', 0) + -43
d['bob'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (-37, s2_0, -70.251)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', 'zzz', 'blue']]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + (i2_1 // (i2_1 or 7))
d['gus'] = d.get('gus', 0) + (47 - i2_1)
d['eve'] += 1
for k, v in d.items():
    print(k, v)
# block 3: values and operators
i3_0 = (pow(120, 1) + (195 - 200))
print('i3_0', i3_0)
i3_1 = 77
print('i3_1', i3_1)
i3_2 = i3_0
print('i3_2', i3_2)
print(93, ('yy'.ljust(6, '.') + ''.join([])), sep=', ')
print(((-68.55 / (-93.9 or 0.5)) - (27.0 + -28.8)), i3_0 / 3)
ys = list([32, 8, -13, -4, 26])
ys.reverse()
print(ys, ys[::2])
d = {}
d['fay'] = d.get('fay', 0) + -29
d['gus'] = d.get('gus', 0) + (379922094902502811110 // (i3_0 or 7))
d['dee'] = d.get('dee', 0) + int(i3_1 <= i3_2)
d['fay'] += 1
for k, v in d.items():
    print(k, v)
print([22][4:-4])
# block 4: closures
def counter4(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(8)
print(c(), c(), c(2))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(8) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 3, lambda v: v - 4)(4))
