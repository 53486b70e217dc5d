# differential test program, seed 162 (tools/difftest/generator.py)
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
items0 = [Square0('eve', 8), Square0('ann', 3), Shape0('gus', 6)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
s1_0 = ''
print('s1_0', s1_0)
d1_1 = {'bob': abs(194), 'hal': int(194 < 14), 'dee': (52 % (53 or 7))}
print('d1_1', d1_1)
i1_2 = int(int(161 > 1138501233831834051729) < len(s1_0))
print('i1_2', i1_2)
l1_3 = [24, 3]
print('l1_3', l1_3)
d1_4 = {'gus': i1_2, 'hal': (i1_2 // (i1_2 or 7)), 'dee': len(s1_0), 'bob': min(i1_2, 187)}
print('d1_4', d1_4)
f1_5 = (i1_2 * (i1_2 * 79.02))
print('f1_5', f1_5)
print(abs(pow(i1_2, 1)), s1_0, sep='|')
print(f1_5, int(i1_2 < (i1_2 + i1_2)) / 6)
t = (max(i1_2, i1_2), 'yy', f1_5)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy']]
print(pairs)
vals = l1_3 + [5]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
t = ((i1_2 // (i1_2 or 7)), str(f1_5), (i1_2 * f1_5))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + int(i1_2 <= i1_2)
d['ann'] = d.get('ann', 0) + (i1_2 * i1_2)
d['eve'] = d.get('eve', 0) + i1_2
d['bob'] = d.get('bob', 0) + (i1_2 * i1_2)
d['hal'] = d.get('hal', 0) + i1_2
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
