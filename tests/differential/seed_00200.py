# differential test program, seed 200 (tools/difftest/generator.py)
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('eve', 1), BigSquare0('hal', 3)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
f1_0 = ((-61.0 / (40.877 or 0.5)) / ((-7.3 * -41.0) or 0.5))
print('f1_0', f1_0)
l1_1 = [35]
print('l1_1', l1_1)
i1_2 = pow((159 - 90), 2)
print('i1_2', i1_2)
d1_3 = {'cy': int(i1_2 > i1_2)}
print('d1_3', d1_3)
s1_4 = (f"<{31:<4}|{f1_0:.1f}>" * 0)
print('s1_4', s1_4)
d1_5 = {'fay': i1_2, 'eve': (135022776676181007251 + i1_2), 'ann': 115}
print('d1_5', d1_5)
t = (i1_2, 'zzz', round(-4.139, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['bob'] = d.get('bob', 0) + 1013623523262002827922
d['gus'] = d.get('gus', 0) + (152 % (i1_2 or 7))
d['fay'] = d.get('fay', 0) + 132
d['cy'] = d.get('cy', 0) + len(s1_4)
d['dee'] = d.get('dee', 0) + max(i1_2, i1_2)
d['bob'] += 1
for k, v in d.items():
    print(k, v)
print([v * 2 for v in l1_1 if v % 2 == 0])
d = {}
d['gus'] = d.get('gus', 0) + len('green')
d['hal'] = d.get('hal', 0) + i1_2
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
