# differential test program, seed 73 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = f"<{1}|{-77.92}>".zfill(5)
print('s0_0', s0_0)
s0_1 = 'x'
print('s0_1', s0_1)
f0_2 = round((10.612 / (71.08 or 0.5)), 1)
print('f0_2', f0_2)
d0_3 = {'hal': int(193 <= 955591866883412689940)}
print('d0_3', d0_3)
f0_4 = (85.6 * f0_2)
print('f0_4', f0_4)
i0_5 = -30
print('i0_5', i0_5)
l0_6 = [-12]
print('l0_6', l0_6)
print(len(f"<{i0_5:>6}|{-17.982:8.3f}>"), s0_1[3:-3:-1], sep='|')
print(f0_4, len(s0_0) / 4)
for i, v in enumerate([39, -1, 34, 4][:3]):
    print(i, v, i * v)
t = (abs(i0_5), s0_0, (f0_4 * 28.19))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
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
items1 = [BigSquare1('eve', 4), BigSquare1('cy', 7)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
d2_0 = {'cy': len(''), 'ann': min(-32, 15), 'bob': len('beta'), 'fay': (62 * -7)}
print('d2_0', d2_0)
s2_1 = f"<{(636246679679916275045 * 110):<4}|{(39.723 - -91.0):.2f}>"
print('s2_1', s2_1)
i2_2 = ((432444670625854059708 // (-50 or 7)) - 188)
print('i2_2', i2_2)
s2_3 = s2_1
print('s2_3', s2_3)
l2_4 = [31, 21, 8, 17, 28]
print('l2_4', l2_4)
l2_5 = [27]
print('l2_5', l2_5)
i2_6 = 144
print('i2_6', i2_6)
ys = list([-14])
ys.reverse()
print(ys, ys[::2])
ys = list(l2_5)
ys.reverse()
print(ys, ys[::2])
d = {}
d['fay'] = d.get('fay', 0) + (i2_2 - i2_2)
d['bob'] = d.get('bob', 0) + int(i2_2 != i2_2)
d['eve'] = d.get('eve', 0) + len(s2_3)
d['fay'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(sum(l2_4), len(l2_4))
# block 3: values and operators
i3_0 = int((154 + 106) > int(59 > 32))
print('i3_0', i3_0)
f3_1 = ((i3_0 * 15.7) / ((67.252 / (-66.0 or 0.5)) or 0.5))
print('f3_1', f3_1)
s3_2 = 'gamma'[1:-3]
print('s3_2', s3_2)
i3_3 = (95 * (i3_0 * i3_0))
print('i3_3', i3_3)
l3_4 = [19, 22]
print('l3_4', l3_4)
t = (-32, s3_2, f3_1)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x']]
print(pairs)
print(14, (str(i3_3) * 3), sep='|')
print(f3_1, 105 / 9)
print((int(i3_3 <= i3_3) % (i3_0 or 7)), repr(s3_2), sep=', ')
print(((f3_1 + f3_1) * (-1.77 - -21.89)), 135 / 7)
t = (max(i3_0, i3_3), s3_2.ljust(6, '.'), (f3_1 + 3.4))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case', 'blue']]
print(pairs)
