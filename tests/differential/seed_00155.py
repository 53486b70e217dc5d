# differential test program, seed 155 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(7)))
print(sum(v * v for v in evens0(11)))
print(dict(pairs0(['Mixed Case', 'beta', 'alpha'])))
gen = evens0(7)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens0(7)), all(v % 2 == 0 for v in evens0(7)))
# block 1: values and operators
i1_0 = len(('blue' + ''))
print('i1_0', i1_0)
i1_1 = i1_0
print('i1_1', i1_1)
s1_2 = ('red' * 1)[-1:-2:-1]
print('s1_2', s1_2)
i1_3 = i1_1
print('i1_3', i1_3)
d1_4 = {'bob': int(i1_1 < 74), 'eve': 132, 'cy': int(i1_0 == 47)}
print('d1_4', d1_4)
f1_5 = ((i1_0 * -14.33) / (28.0 or 0.5))
print('f1_5', f1_5)
s1_6 = ' - '.join(['red'])
print('s1_6', s1_6)
t = (i1_1, s1_2[-1:6:-1], (i1_1 * f1_5))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha', 'beta']]
print(pairs)
print(len(','.join(['zzz'])), '', sep=' ')
print(((i1_1 * 15.606) / ((13.8 / (f1_5 or 0.5)) or 0.5)), len(s1_6) / 6)
t = ((i1_1 * i1_3), s1_6, round(f1_5, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'zzz', 'beta', 'alpha']]
print(pairs)
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
items2 = [Square2('cy', 2), BigSquare2('eve', 3), BigSquare2('eve', 7), Square2('gus', 5)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: closures
def counter3(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(2)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(3) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 3, lambda v: v - 0)(18))
