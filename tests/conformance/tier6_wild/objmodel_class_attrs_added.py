# Functions and values attached to classes after the class statement.
def describe_rect(self):
    return f"{type(self).__name__}({self.w}x{self.h})"


def area(self):
    return self.w * self.h


class Rect:
    unit = "cm"
    describe = describe_rect

    def __init__(self, w, h):
        self.w = w
        self.h = h


Rect.area = area
Rect.scaled = lambda self, k: Rect(self.w * k, self.h * k)
Rect.version = 3
Rect.tags = ["shape"]

r = Rect(2, 5)
print(r.describe(), r.area(), r.unit)
big = r.scaled(3)
print(big.describe(), big.area())
print(Rect.version, r.version, Rect.tags)
Rect.tags.append("flat")
print(r.tags)
Rect.version += 1
print(Rect.version, big.version)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


s = Square(4)
print(s.describe(), s.area(), s.scaled(2).describe(), s.version)
Square.version = 10
print(Square.version, Rect.version, s.version, r.version)
print(Rect.area(s), Rect.describe(r))
