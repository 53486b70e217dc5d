"""Module docstring."""


class Shape:
    """A shape with an area."""
    kind = __doc__.split()[1]

    def area(self):
        return 0

    size = area

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

    __str__ = describe

    def __repr__(self):
        return "<shape>"


class Square(Shape):
    kind = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def describe(self):
        return "a square"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def size(self):
        return self.r * 100


class Plain:
    note = __doc__


sq = Square(3)
print(sq.size(), sq.area(), str(sq), sq.describe(), Shape().size())
print(Circle(2).size(), Circle(2).area(), str(Circle(1)))
print(Shape.kind, Square.kind, Plain.note)
print([sq], f"{sq}")
