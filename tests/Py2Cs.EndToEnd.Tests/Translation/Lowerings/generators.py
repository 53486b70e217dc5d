# Generators become resumable bodies (PyGenerator over an async lambda awaiting its yield channel):
# methods, yield from a method, infinite generators cut short, closures, with inside a generator,
# generator expressions kept and stepped, x = yield with a return value.
from typing import Iterator, Generator


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self) -> Iterator[int]:
        yield self.value
        for child in self.children:
            yield from child.walk()

    def __iter__(self):
        return self.walk()


def fib() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


class Res:
    def __enter__(self):
        print("open")
        return ["def a(", "x", "def b("]

    def __exit__(self, a, b, c):
        print("shut")
        return False


def lines():
    with Res() as f:
        for line in f:
            if line.startswith("def"):
                yield line.split("(")[0]


def make_counter(start):
    count = start

    def gen():
        nonlocal count
        while count > 0:
            count -= 1
            yield count
    return gen


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()), sum(t.walk()), max(t.walk()))
print(list(take(8, fib())))
print(list(lines()))
c = make_counter(3)
print(list(c()), list(c()))
total = 0
for v in fib():
    if v > 50:
        break
    total += v
print(total)
g = fib()
print([next(g) for _ in range(5)], type(g).__name__)
pairs = {k: k * k for k in range(3)}
print(pairs, sorted(x % 3 for x in range(7)), any(x > 5 for x in fib()))
evens = (x for x in range(10) if x % 2 == 0)
print(3 in evens, list(evens))


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    acc.send(v)
try:
    acc.send(None)
except StopIteration as stop:
    print("final", stop.value)
