# @dataclass on a plain base: the base's __init__ does not run, its instances keep object's repr, == and hash,
# an abc.ABC base still refuses abstract classes; the generated __init__'s TypeErrors; __mro__ without runtime classes.
from dataclasses import dataclass

class Base:
    kind = "base"
    def __init__(self):
        self.extra = 1
    def hello(self):
        return f"hello from {type(self).__name__}"

@dataclass
class Point(Base):
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p.hello(), p == Point(1, 2), p.kind)

class Other(Base):
    pass

o = Other()
print(repr(o).startswith("<__main__.Other object"), o == Other(), o.extra, hash(o) == hash(o))

@dataclass(order=True)
class Tagged(Point):
    tag: str = "t"

t = Tagged(3, 4, "z")
print(t, t > Tagged(3, 1), t.hello())
print(sorted([Tagged(2), Tagged(1, 5)]))
import dataclasses
print(dataclasses.asdict(t), dataclasses.astuple(p))
print(isinstance(t, Base), Tagged.__mro__[-2].__name__)
b = Base()
print(b.extra, b == Base())
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class P:
    x: int
    y: int = 0
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, z=3)
except TypeError as e:
    print("TypeError:", e)

from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"


@dataclass
class Square(Shape):
    side: float

    def area(self) -> float:
        return self.side ** 2


@dataclass
class Half(Shape):
    side: float


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half(2)
except TypeError as e:
    print("TypeError:", e)
print(Square(1.5).describe(), Square(2), Square(2) == Square(2.0), isinstance(Square(1), Shape))
print([c.__name__ for c in Square.__mro__], [c.__name__ for c in P.__mro__])
