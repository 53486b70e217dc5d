# Classes and methods reached through values inference cannot follow: a dict of factories, type(self)(...),
# a classmethod's cls on a subclass with its own __init__, getattr with a computed name, setattr with a
# computed key and stores through a receiver of unknown type. Each passes values of other types than the
# visible calls and stores do.
import asyncio


class Shape:
    registry = []

    def __init__(self, size):
        self.size = size

    @classmethod
    def make(cls, raw):
        return cls(raw)

    @classmethod
    def register(cls):
        Shape.registry.append(cls)
        return cls

    def grown(self, by):
        return type(self)(self.size + by)

    def __repr__(self):
        return f"{type(self).__name__}({self.size!r})"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__(radius)
        self.radius = radius

    def area(self):
        return self.radius * self.radius * 3


class Tag(Shape):
    def __init__(self, label):
        super().__init__(len(label))
        self.label = label


class Counter:
    def __init__(self):
        self.total = 0
        self.name = "c"

    def bump(self, n):
        self.total = self.total + n
        return self.total

    def update(self, **changes):
        for key, value in changes.items():
            setattr(self, key, value)


def build(name, arg):
    return {"circle": Circle, "tag": Tag}[name](arg)


async def main():
    c = Circle(2)
    print(c.area(), c, Circle.make(1.5).area(), c.grown(0.5).area())
    Tag.register()
    Circle.register()
    print(Tag("abc"), [kind.__name__ for kind in Shape.registry], Shape.registry[1](0.25).area())
    print(build("circle", 0.5).area(), build("tag", "xyz"))

    counter = Counter()
    counter.bump(2)
    for method, arg in [("bump", 2.5), ("bump", 1)]:
        print(method, getattr(counter, method)(arg))
    counter.update(total=0.5, name=7)
    print(counter.bump(1), counter.name * 2)
    things = [counter, Circle(1)]
    for t in things:
        t.size = "big"
    print(things[1].size, things[1].area())


asyncio.run(main())
