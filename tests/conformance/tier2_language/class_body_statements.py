# Class bodies: a docstring, __slots__, attributes computed from earlier ones, comprehensions,
# an annotation without a value, parallel assignment, nested classes (a plain one and an Enum)
# reached through the outer class and through self; output recorded from CPython 3.11.
from enum import Enum


class Config:
    """Settings."""
    __slots__ = ("name",)
    BASE = 10
    LIMIT = BASE * 3
    NAMES = [n.upper() for n in ("a", "b")]
    TABLE = {k: len(k) for k in ("xx", "y")}
    label: str
    WIDTH, HEIGHT = 4, 5

    def __init__(self, name):
        self.name = name


class Shape:
    sides = 0

    class Meta:
        tag = "shape"

        def __init__(self, owner):
            self.owner = owner

    class Kind(Enum):
        FLAT = 1
        SOLID = 2

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, {self.Meta.tag}"

    def kind(self):
        return Shape.Kind.SOLID if self.sides > 4 else Shape.Kind.FLAT


class Cube(Shape):
    sides = 6


print(Config.BASE, Config.LIMIT, Config.NAMES, Config.TABLE, Config.WIDTH, Config.HEIGHT)
print(Config("a").name, Shape().describe(), Shape.Meta.tag, Shape.Meta("me").owner)
print(Cube().describe(), Cube().kind(), repr(Shape().kind()), list(Shape.Kind))
