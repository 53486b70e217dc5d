# differential test program, seed 87 (tools/difftest/generator.py)
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
items0 = [Square0('fay', 2), Square0('ann', 5), Square0('bob', 8)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
f1_0 = ((128 * -16.291) - (38 * 66.649))
print('f1_0', f1_0)
d1_1 = {'ann': (110 - 194), 'cy': 144919445284420793810, 'hal': int(74 <= 155)}
print('d1_1', d1_1)
s1_2 = repr(str(f1_0))
print('s1_2', s1_2)
s1_3 = s1_2
print('s1_3', s1_3)
d = {}
d['cy'] = d.get('cy', 0) + 183
d['ann'] = d.get('ann', 0) + 928772480261156982911
d['eve'] = d.get('eve', 0) + (45 - -3)
d['fay'] = d.get('fay', 0) + len(s1_2)
d['cy'] += 1
print(d.pop('fay'), 'dee' in d, len(d))
print(d)
print(int((-11 * 19) <= len(s1_3)), (s1_2 * 2), sep=' ')
print((38 * round(44.0, 0)), pow((-13 + 1076465023947948000023), 0) / 8)
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(9)
print(c(), c(), c(2))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(6) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 2)(7))
