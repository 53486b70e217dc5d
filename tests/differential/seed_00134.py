# differential test program, seed 134 (tools/difftest/generator.py)
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('hal', 2), Square0('dee', 8)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
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
items1 = [Shape1('eve', 9), BigSquare1('eve', 5)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
l2_0 = [-4, 20, 35, 22, 38]
print('l2_0', l2_0)
l2_1 = l2_0
print('l2_1', l2_1)
d2_2 = {'fay': len('Mixed Case'), 'bob': (96 + 816178443979766508486), 'hal': (-5 + 9)}
print('d2_2', d2_2)
l2_3 = l2_1
print('l2_3', l2_3)
l2_4 = l2_3
print('l2_4', l2_4)
l2_5 = l2_0
print('l2_5', l2_5)
s2_6 = str(85).title()
print('s2_6', s2_6)
d = {}
d['dee'] = d.get('dee', 0) + (170 * -30)
d['gus'] = d.get('gus', 0) + (-28 // (185 or 7))
d['dee'] += 1
for k, v in d.items():
    print(k, v)
t = (min(13, 122), (s2_6 + 'zzz'), (-90.23 / (0.68 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'x']]
print(pairs)
print(len((s2_6 + s2_6)), ','.join(['', 'yy', 'beta']), sep='|')
print(-47.343, len(','.join(['alpha', 'zzz', 'red', 'blue'])) / 9)
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(3)))
print(sum(v * v for v in evens3(5)))
print(dict(pairs3([])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
# block 4: functions with defaults and keywords
def f4(a, b=8, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4((1165725935539649696078 % (-3 or 7))))
print(f4(int(20 > 98), int(149 < 118), scale=4))
print(f4(b=1, a=0, label='ann'))
print(g4(5, 'fay', k3=1))
