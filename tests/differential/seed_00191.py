# differential test program, seed 191 (tools/difftest/generator.py)
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
print(list(evens0(8)))
print(sum(v * v for v in evens0(13)))
print(dict(pairs0(['red', 'Mixed Case', 'green'])))
gen = evens0(8)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens0(8)), all(v % 2 == 0 for v in evens0(8)))
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
print(list(evens1(6)))
print(sum(v * v for v in evens1(8)))
print(dict(pairs1(['gamma', 'red', 'green'])))
gen = evens1(6)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens1(6)), all(v % 2 == 0 for v in evens1(6)))
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
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items2 = [BigSquare2('fay', 1), Square2('eve', 6)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
