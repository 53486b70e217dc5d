# differential test program, seed 193 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=4, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('red')))
print(f0((141 - 156), max(158, 5), scale=3))
print(f0(b=5, a=1, label='eve'))
print(g0(6, 'fay', k0=9))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: values and operators
s1_0 = str(-12.0)
print('s1_0', s1_0)
i1_1 = ((171 * 37) // ((50 % (84 or 7)) or 7))
print('i1_1', i1_1)
s1_2 = s1_0
print('s1_2', s1_2)
i1_3 = i1_1
print('i1_3', i1_3)
s1_4 = str((i1_1 * -59.86))
print('s1_4', s1_4)
f1_5 = round((73.1 * 6.0), 2)
print('f1_5', f1_5)
i1_6 = abs(int(i1_1 != 17))
print('i1_6', i1_6)
print(sorted([38, 15, 34], reverse=True))
print(int((i1_6 - i1_3) == 54), s1_4[3:5:2], sep=' ')
print(((-16.1 / (f1_5 or 0.5)) - (37.5 - f1_5)), i1_3 / 2)
t = (i1_6, s1_0, f1_5)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'Mixed Case']]
print(pairs)
print(60, ','.join(['alpha', '', 'gamma', 'zzz']), sep=', ')
print(((-31.418 * f1_5) / ((f1_5 / (-18.0 or 0.5)) or 0.5)), int(i1_6 < i1_6) / 5)
# block 2: generators
def evens2(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs2(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens2(5)))
print(sum(v * v for v in evens2(8)))
print(dict(pairs2([])))
gen = evens2(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens2(5)), all(v % 2 == 0 for v in evens2(5)))
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
items3 = [BigSquare3('dee', 3), Square3('hal', 8)]
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items4 = [Shape4('fay', 1), BigSquare4('hal', 3)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
