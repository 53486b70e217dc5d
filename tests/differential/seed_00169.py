# differential test program, seed 169 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=8, *, label='bob', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('zzz')))
print(f0((104 // (128 or 7)), -14, scale=1))
print(f0(b=4, a=1, label='fay'))
print(g0(4, 'ann', k3=2))
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(3)))
print(sum(v * v for v in evens1(6)))
print(dict(pairs1(['yy', 'gamma', 'beta', 'x'])))
gen = evens1(3)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens1(3)), all(v % 2 == 0 for v in evens1(3)))
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
items2 = [Shape2('fay', 4), Shape2('cy', 1), Shape2('eve', 5), Square2('eve', 9)]
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
print(sum(v * v for v in evens3(8)))
print(dict(pairs3(['x', 'green', ''])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
