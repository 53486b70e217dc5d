class Base:
    def __init__(self):
        print("Base init start")
        self.log = ["base"]
        print("Base init end")

class Left(Base):
    def __init__(self):
        print("Left before super")
        super().__init__()
        self.log.append("left")
        print("Left after super")

class Right(Base):
    def __init__(self):
        print("Right before super")
        super().__init__()
        self.log.append("right")
        print("Right after super")

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom before super")
        super().__init__()
        self.log.append("bottom")
        print("Bottom after super")

b = Bottom()
print(b.log)
print([c.__name__ for c in Bottom.__mro__])

class Counter:
    def __init__(self, start):
        self.value = start
    def describe(self):
        return f"Counter({self.value})"

class Doubling(Counter):
    def __init__(self, start):
        start = start * 2
        print("computed", start)
        super().__init__(start)
        self.value += 1

d = Doubling(5)
print(d.describe())


class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape", name)


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
        label = f"rect {w}x{h}"
        super().__init__(label)

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        print("Square", side)
        super().__init__(side, side)


shapes = [Rect(2, 3), Square(4)]
for s in shapes:
    print(s.name, s.area(), isinstance(s, Rect), type(s).__name__)
