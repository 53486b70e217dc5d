# Enum, IntEnum and Flag classes (auto, lookups by value and name, members as dict keys, methods, properties) and a typing.NamedTuple class with a default and a method; output recorded from CPython 3.11.
from enum import Enum, IntEnum, Flag, auto
from typing import NamedTuple


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()

    @property
    def warm(self):
        return self is Color.RED

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color.RED.name)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.parse("red"))
print(Color.RED.warm, Color.GREEN.warm, Color.GREEN.describe())
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED != Color.GREEN, isinstance(Color.RED, Color))
for c in Color:
    print(c.name, c.value, f"{c}", str(c), "%s" % c)
counts = {Color.RED: 3, Color.BLUE: 1}
print(counts, counts[Color.RED], Color.BLUE in counts, {Color.RED, Color.RED})
print(Level.MID, repr(Level.HIGH), Level.MID + 1, Level.LOW < Level.HIGH, Level.HIGH == 10, int(Level.MID))
print(sorted([Level.HIGH, Level.LOW, Level.MID]), f"{Level.HIGH:>4}|")
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), list(Perm))
print(len(Color.__members__))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
p = Point(3, -4)
q = Point(1)
print(p, q, p.x, p.y, p[0], len(p), p.norm(), Point._fields)
a, b = p
print(a, b, p == (3, -4), p < q, hash(p) == hash((3, -4)), sorted([p, q]))
r = p._replace(y=5)
print(r, r._asdict(), tuple(r), list(q))
