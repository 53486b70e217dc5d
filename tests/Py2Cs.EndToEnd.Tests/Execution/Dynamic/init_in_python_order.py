# super().__init__ where a C# base initializer would run it too early: statements before it, a local
# computed for its arguments, a call inside an if, and a cooperative chain through two bases.
class Base:
    def __init__(self, tag="base"):
        print("Base start", tag)
        self.log = [tag]


class Left(Base):
    def __init__(self):
        print("Left before")
        super().__init__()
        self.log.append("left")


class Right(Base):
    def __init__(self):
        print("Right before")
        super().__init__("right-arg")
        self.log.append("right")


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom before")
        super().__init__()
        self.log.append("bottom")


class Scaled(Base):
    def __init__(self, n):
        n = n * 2
        self.pre = n
        super().__init__(str(n))


class Maybe(Base):
    def __init__(self, call_base):
        self.log = ["own"]
        if call_base:
            super().__init__("maybe")


class Plain(Scaled):
    def __init__(self):
        super().__init__(21)
        print("Plain after", self.pre)


b = Bottom()
print(b.log, [c.__name__ for c in Bottom.__mro__])
s = Scaled(5)
print(s.pre, s.log)
print(Maybe(True).log, Maybe(False).log)
print(Plain().log)
