# differential test program, seed 125 (tools/difftest/generator.py)
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
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('cy', 6), Shape0('eve', 1), Shape0('cy', 8), BigSquare0('gus', 2)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(2)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 0)(8))
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
print(list(evens2(3)))
print(sum(v * v for v in evens2(7)))
print(dict(pairs2(['blue'])))
gen = evens2(3)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens2(3)), all(v % 2 == 0 for v in evens2(3)))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 125')
