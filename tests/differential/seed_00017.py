# differential test program, seed 17 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(4)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(1) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 1)(12))
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
print(dict(pairs1(['', ''])))
gen = evens1(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens1(5)), all(v % 2 == 0 for v in evens1(5)))
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
print(list(evens2(4)))
print(sum(v * v for v in evens2(8)))
print(dict(pairs2([])))
gen = evens2(4)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens2(4)), all(v % 2 == 0 for v in evens2(4)))
# block 3: classes with inheritance
class Shape3:
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
class Square3(Shape3):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare3(Square3):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items3 = [BigSquare3('dee', 6), BigSquare3('bob', 2), Square3('gus', 2), BigSquare3('hal', 3)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
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
print(list(evens4(7)))
print(sum(v * v for v in evens4(9)))
print(dict(pairs4([])))
gen = evens4(7)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens4(7)), all(v % 2 == 0 for v in evens4(7)))
