# Classes defined inside functions that read none of the function's locals: helper classes of main(),
# a method's helper, a subclass of another local class, a decorated local class, a dataclass (its repr
# names the class by __qualname__), class attributes, and a class nested in a local class.
from dataclasses import dataclass

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls


def main():
    class Shape:
        sides = 0

        def __init__(self, name):
            self.name = name

        def describe(self):
            return f"{self.name} with {self.sides} sides"

    class Triangle(Shape):
        sides = 3

    @register
    class Square(Shape):
        sides = 4

        def area(self, side):
            return side * side

    @dataclass
    class Pair:
        left: int
        right: int

        class Meta:
            label = "pair"

    shapes = [Triangle("t"), Square("s")]
    for s in shapes:
        print(s.describe(), isinstance(s, Shape), type(s).__name__)
    print(Square.__qualname__, Pair.Meta.__qualname__)
    print(Pair(1, 2), Pair(1, 2) == Pair(1, 2), Pair.Meta.label)
    print(sorted(REGISTRY), REGISTRY["Square"]("r").area(5))


class Report:
    def render(self, rows):
        class Row:
            def __init__(self, cells):
                self.cells = cells

            def __str__(self):
                return " | ".join(str(c) for c in self.cells)

        return "\n".join(str(Row(r)) for r in rows)


def counter_demo():
    class Counter:
        made = 0

        def __init__(self):
            Counter.made += 1

    for _ in range(3):
        Counter()
    return Counter.made


main()
print(Report().render([[1, 2], ["a", "b"]]))
print(counter_demo(), counter_demo())
