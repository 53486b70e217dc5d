import asyncio


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y


class Bag:
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return item in self._items

    def __getitem__(self, i):
        return self._items[i]

    def add(self, x):
        self._items.append(x)
        return self


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


async def main():
    await asyncio.sleep(0.01)
    a, b = Vector(1, 2), Vector(3, 4)
    print(a + b, 2 * a, a * 3, a == Vector(1, 2))
    print(len({a, Vector(1, 2), b}), bool(Vector(0, 0)), list(b))
    x, y = b
    print(x, y)
    try:
        a.z = 5
    except AttributeError as e:
        print("AttributeError")
    bag = Bag().add(1).add("two")
    print(len(bag), "two" in bag, 3 in bag, bag[0], bool(Bag()))
    for item in bag:
        print("item", item)
    triple = Multiplier(3)
    print(triple(5), list(map(triple, [1, 2])))
    if not Bag():
        print("empty bag is falsy")


asyncio.run(main())
