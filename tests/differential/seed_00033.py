# differential test program, seed 33 (tools/difftest/generator.py)
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
items0 = [BigSquare0('cy', 9), Square0('hal', 8), Square0('bob', 5)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
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
print(list(evens1(5)))
print(sum(v * v for v in evens1(9)))
print(dict(pairs1(['red', 'Mixed Case', ''])))
gen = evens1(5)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens1(5)), all(v % 2 == 0 for v in evens1(5)))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(8)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(1) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 2)(9))
