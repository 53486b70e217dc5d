# differential test program, seed 13 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(10)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(3) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 1)(2))
# block 1: classes with inheritance
class Shape1:
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
class Square1(Shape1):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare1(Square1):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items1 = [Square1('cy', 1), Square1('cy', 2)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(6)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(5) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 3)(17))
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
print(list(evens3(8)))
print(sum(v * v for v in evens3(10)))
print(dict(pairs3(['', 'gamma', ''])))
gen = evens3(8)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens3(8)), all(v % 2 == 0 for v in evens3(8)))
