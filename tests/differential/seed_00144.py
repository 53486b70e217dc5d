# differential test program, seed 144 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = int((691698323966442369079 - -16) <= abs(11))
print('i0_0', i0_0)
s0_1 = f"<{-29:>6}|{round(-59.3, 3):8.3f}>"
print('s0_1', s0_1)
d0_2 = {'hal': min(i0_0, i0_0)}
print('d0_2', d0_2)
f0_3 = 48.686
print('f0_3', f0_3)
l0_4 = []
print('l0_4', l0_4)
f0_5 = ((f0_3 + f0_3) * (52 * -60.489))
print('f0_5', f0_5)
d = {}
d['hal'] = d.get('hal', 0) + int(i0_0 > i0_0)
d['ann'] = d.get('ann', 0) + 74
d['gus'] = d.get('gus', 0) + 113
d['hal'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
d = {}
d['fay'] = d.get('fay', 0) + 66
d['eve'] = d.get('eve', 0) + i0_0
d['bob'] = d.get('bob', 0) + (i0_0 % (i0_0 or 7))
d['fay'] += 1
print(d.pop('bob'), 'gus' in d, len(d))
print(d)
t = ((i0_0 - -33), (s0_1 + s0_1), f0_5)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'blue']]
print(pairs)
vals = [5, -11, 9, 31] + [0]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
d = {}
d['gus'] = d.get('gus', 0) + int(i0_0 <= i0_0)
d['cy'] = d.get('cy', 0) + len(s0_1)
d['hal'] = d.get('hal', 0) + i0_0
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(9)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(2) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 3)(19))
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items2 = [BigSquare2('ann', 5), Square2('dee', 3), Shape2('hal', 4), BigSquare2('dee', 2)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
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
print(sum(v * v for v in evens3(4)))
print(dict(pairs3(['x'])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
# block 4: generators
def evens4(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs4(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens4(4)))
print(sum(v * v for v in evens4(7)))
print(dict(pairs4([])))
gen = evens4(4)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens4(4)), all(v % 2 == 0 for v in evens4(4)))
