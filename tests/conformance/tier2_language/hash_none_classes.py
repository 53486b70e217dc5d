# A class defining __eq__ alone has __hash__ None (its instances are unhashable), as has one saying __hash__ = None;
# a subclass defining __hash__ again is hashable.
import asyncio


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and other.x == self.x


class Frozen:
    __hash__ = None

    def __init__(self, tag):
        self.tag = tag


class Keyed(Point):
    def __hash__(self):
        return hash(self.x)


async def main():
    print(Point.__hash__ is None, Frozen.__hash__ is None, Keyed.__hash__ is None)
    print(Point(1).__hash__ is None)
    for make in (Point, Frozen, Keyed):
        try:
            print(make.__name__, len({make(1), make(1)}))
        except TypeError as e:
            print(make.__name__, "TypeError:", e)
    try:
        hash(Frozen("a"))
    except TypeError as e:
        print("hash:", e)


asyncio.run(main())
