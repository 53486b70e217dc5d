# differential test program, seed 26 (tools/difftest/generator.py)
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
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('ann', 3), Square0('ann', 9), Shape0('gus', 4), BigSquare0('gus', 4)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
i1_0 = (len('x') - (1001537559795606559092 - 114))
print('i1_0', i1_0)
i1_1 = len(str(i1_0))
print('i1_1', i1_1)
s1_2 = ' - '.join(['zzz', 'blue', 'red', 'green'])
print('s1_2', s1_2)
i1_3 = i1_0
print('i1_3', i1_3)
print(i1_1, ','.join(['gamma', 'green', 'x', 'red']), sep='|')
print((len('red') * (35.0 + -30.415)), (len(s1_2) % (-48 or 7)) / 9)
print(sorted([40, 32, 24, 10], reverse=True))
# block 2: values and operators
d2_0 = {'ann': 180, 'cy': 1033627126975768707989, 'dee': 185, 'bob': abs(189)}
print('d2_0', d2_0)
f2_1 = (int(257623673017380984847 != -13) * round(-19.63, 0))
print('f2_1', f2_1)
s2_2 = ('blue'.upper() + ','.join(['green', 'alpha']))
print('s2_2', s2_2)
t = (pow(11, 0), str(4), f2_1)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'red', 'x', 'yy']]
print(pairs)
vals = [27, 27, -7] + [2]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
d = {}
d['ann'] = d.get('ann', 0) + (62 // (15 or 7))
d['cy'] = d.get('cy', 0) + (98 + 163)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(104, (s2_2 + s2_2), sep=', ')
print((round(f2_1, 2) + (1157753772625166407599 * f2_1)), 140 / 2)
