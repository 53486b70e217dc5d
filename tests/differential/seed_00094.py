# differential test program, seed 94 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = (37.46 / ((19.02 * -12.925) or 0.5))
print('f0_0', f0_0)
f0_1 = ((-39 - 114) * f0_0)
print('f0_1', f0_1)
i0_2 = 26
print('i0_2', i0_2)
s0_3 = f"<{max(148, 171)}|{(73.73 + f0_0):8.3f}>"
print('s0_3', s0_3)
i0_4 = i0_2
print('i0_4', i0_4)
print(2, repr(s0_3), sep=', ')
print(f0_1, i0_4 / 6)
print(i0_2, ''.join(['', 'x']), sep=' ')
print((i0_4 * (f0_0 / (f0_1 or 0.5))), (166 - i0_2) / 3)
d = {}
d['hal'] = d.get('hal', 0) + len(s0_3)
d['dee'] = d.get('dee', 0) + i0_2
d['bob'] = d.get('bob', 0) + i0_2
d['ann'] = d.get('ann', 0) + (i0_2 - 139)
d['hal'] += 1
for k, v in d.items():
    print(k, v)
# block 1: values and operators
l1_0 = [-15, 19, 8, -3, -14, -1]
print('l1_0', l1_0)
s1_1 = ''.join(['yy', 'red'])
print('s1_1', s1_1)
i1_2 = int(len(s1_1) != (151 + 89))
print('i1_2', i1_2)
i1_3 = int(i1_2 > len(s1_1))
print('i1_3', i1_3)
d1_4 = {'bob': i1_2, 'dee': 140, 'ann': (-7 % (i1_3 or 7)), 'cy': i1_3}
print('d1_4', d1_4)
s1_5 = ' - '.join(['beta'])
print('s1_5', s1_5)
d = {}
d['eve'] = d.get('eve', 0) + len(s1_5)
d['fay'] = d.get('fay', 0) + int(i1_3 > i1_2)
d['gus'] = d.get('gus', 0) + i1_2
d['eve'] += 1
print(d.pop('gus'), 'eve' in d, len(d))
print(d)
d = {}
d['fay'] = d.get('fay', 0) + i1_2
d['gus'] = d.get('gus', 0) + len(s1_5)
d['ann'] = d.get('ann', 0) + 114
d['fay'] += 1
print(d.pop('ann'), 'hal' in d, len(d))
print(d)
ys = list(l1_0)
ys.reverse()
print(ys, ys[::2])
for i, v in enumerate([9, 5, 35, 6][:3]):
    print(i, v, i * v)
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
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items2 = [Square2('fay', 3), Shape2('bob', 7)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
