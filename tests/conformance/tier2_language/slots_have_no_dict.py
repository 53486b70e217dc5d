# Instances of classes declaring __slots__ have no __dict__; a class without them does.
import asyncio


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose:
    def __init__(self):
        self.a = 1


async def main():
    p, q, loose = Point(1, 2), Point3(1, 2, 3), Loose()
    await asyncio.sleep(0)
    print(hasattr(p, "__dict__"), hasattr(q, "__dict__"), hasattr(loose, "__dict__"), loose.__dict__)
    for obj in (p, q):
        try:
            obj.extra = 1
        except AttributeError as e:
            print(type(obj).__name__, "refuses:", e)
    print(getattr(p, "__dict__", "no dict"), q.z, Point3.__slots__)


asyncio.run(main())
