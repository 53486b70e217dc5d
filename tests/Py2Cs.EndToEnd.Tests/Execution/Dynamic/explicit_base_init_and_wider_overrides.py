# The older spelling Base.__init__(self, ...) is the base initializer; an override that adds a parameter with a
# default is a new C# method, and a call through the subclass (typed or dynamic) reaches it, as Python's MRO does.
class Shape:
    def __init__(self, name, sides=0):
        self.name = name
        self.sides = sides

    def describe(self, prefix):
        return f"{prefix}{self.name}/{self.sides}"


class Square(Shape):
    def __init__(self, size):
        self.size = size
        Shape.__init__(self, "square", sides=4)

    def describe(self, prefix, suffix="!"):
        return f"{prefix}{self.name} {self.size}{suffix}"


sq = Square(3)
print(sq.name, sq.sides, sq.size)
print(sq.describe("> "), sq.describe("> ", "?"))
