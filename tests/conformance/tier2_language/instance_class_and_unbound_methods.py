# self.__class__(...) constructs the instance's own class (a subclass's too); getattr(C, "method") is the plain
# function, called with the instance first.
import asyncio


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def add(self, n):
        return self.v + n

    def clone(self):
        return self.__class__(self.v + 1)


class Crate(Box):
    def double(self):
        return self.v * 3


async def main():
    b = Box(3)
    c = b.clone()
    print(type(c).__name__, c.v)
    k = Crate(5).clone()
    print(type(k).__name__, k.v, k.double())
    f = getattr(Box, "double")
    print(f(b), f(Box(10)))
    print(getattr(Box, "add")(b, 4))
    d = b.__class__(10)
    print(d.v, d.add(1))
    for name in ["double", "add"]:
        method = getattr(Crate, name)
        print(name, method(Crate(2), 7) if name == "add" else method(Crate(2)))


asyncio.run(main())
