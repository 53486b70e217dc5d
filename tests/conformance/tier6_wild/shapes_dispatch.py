"""Area and perimeter reports through single dispatch, with cached geometry."""
from dataclasses import dataclass
from functools import singledispatch, cached_property
import math


@dataclass
class Rect:
    w: float
    h: float


@dataclass
class Circle:
    r: float


class Polygon:
    def __init__(self, *points):
        self.points = list(points)
        self.computed = 0

    @cached_property
    def perimeter(self):
        self.computed += 1
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:] + self.points[:1]):
            total += math.hypot(x2 - x1, y2 - y1)
        return round(total, 3)


@singledispatch
def area(shape):
    raise TypeError(f"no area for {type(shape).__name__}")


@area.register
def _(shape: Rect):
    return shape.w * shape.h


@area.register
def _(shape: Circle):
    return round(math.pi * shape.r ** 2, 2)


@area.register(Polygon)
def _polygon(shape):
    pts = shape.points
    s = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))
    return abs(s) / 2


shapes = [Rect(2, 3), Circle(1), Polygon((0, 0), (4, 0), (4, 3)), Rect(1.5, 2)]
for s in shapes:
    print(f"{type(s).__name__:8} area={area(s)}")

tri = shapes[2]
print(tri.perimeter, tri.perimeter, "computed", tri.computed)
try:
    area("square")
except TypeError as e:
    print("error:", e)
print(area.dispatch(Rect) is area.registry[Rect], sorted(k.__name__ for k in area.registry))
