import asyncio
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Shape.count += 1

    @property
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}({self.name}) area={self.area:.2f} perim={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area < other.area

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area == other.area

    def __hash__(self) -> int:
        return hash(round(self.area, 6))


class Circle(Shape):
    def __init__(self, name: str, r: float) -> None:
        super().__init__(name)
        self.r = r

    @property
    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, name: str, w: float, h: float) -> None:
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, name: str, side: float) -> "Rect":
        return cls(name, side, side)


async def measure(s: Shape) -> tuple[str, float]:
    await asyncio.sleep(0)
    return s.name, round(s.area, 3)


async def main() -> None:
    shapes = [Circle("c1", 1.0), Rect("r1", 2, 3), Rect.square("sq", 2), Circle("c2", 0.5)]
    for s in shapes:
        print(s.describe())
    print("count:", Shape.count)
    print("sorted:", [s.name for s in sorted(shapes)])
    print("min:", min(shapes).name, "max:", max(shapes).name)
    print("eq:", Rect("a", 1, 4) == Rect.square("b", 2), Rect("a", 1, 4) == Circle("c", 1))
    unique = {Rect("a", 1, 4), Rect.square("b", 2), Rect("c", 2, 3)}
    print("unique areas:", len(unique))
    try:
        Shape("x")
    except TypeError as e:
        print("TypeError:", e)
    measured = await asyncio.gather(*(measure(s) for s in shapes))
    print(measured)
    print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), issubclass(Circle, ABC))


asyncio.run(main())
