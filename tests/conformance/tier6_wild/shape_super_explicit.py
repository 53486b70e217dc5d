# Shapes with the two-argument super(Cls, self) and class introspection.
# features: two-argument super(Cls, self) in __init__ and methods, type(self).__name__, class attributes per subclass, __name__/__qualname__/__mro__/__bases__, asyncio.gather
import asyncio


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{type(self).__name__}({self.name}) sides={self.sides} area={self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, name, w, h):
        super(Rect, self).__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, s):
        super(Square, self).__init__(name, s, s)

    def describe(self):
        return "square! " + super(Square, self).describe()


async def measure(shape):
    await asyncio.sleep(0)
    return shape.area()


async def main():
    shapes = [Shape("dot"), Rect("r", 2, 3), Square("s", 4)]
    for s in shapes:
        print(s.describe())
    print(await asyncio.gather(*(measure(s) for s in shapes)))
    print(Square.__name__, Square.__qualname__, [c.__name__ for c in Square.__mro__])
    print(Square.__bases__[0].__name__, type(shapes[2]) is Square, type(shapes[2]).__mro__[1].__name__)


asyncio.run(main())
