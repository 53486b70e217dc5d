# Base.__init__(self, ...) and super().__init__(...) whose arguments __init__ computes first:
# the call runs where Python runs it, after those statements.


class ParseError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        errmsg = "%s: line %d" % (msg, lineno)
        ValueError.__init__(self, errmsg)
        self.pos = pos
        self.lineno = lineno


class Refused(LookupError):
    def __init__(self, key, reason):
        text = "%r refused: %s" % (key, reason)
        super().__init__(text, key)
        self.key = key


class Shape:
    def __init__(self, name, sides):
        print("Shape.__init__", name, sides)
        self.name = name
        self.sides = sides


class Polygon(Shape):
    def __init__(self, sides):
        label = "polygon-%d" % sides
        print("before the base")
        Shape.__init__(self, label, sides)
        self.area = 0


class Square(Polygon):
    def __init__(self, side):
        Polygon.__init__(self, 4)
        self.side = side


class Labelled(Shape):
    def __init__(self, name):
        Shape.__init__(self, name, 0)
        self.tag = name.upper()


try:
    raise ParseError("Expecting value", "a\nb\nc", 3)
except ValueError as e:
    print(e, e.args)
try:
    raise Refused("k", "no reason")
except LookupError as e:
    print(e, e.args)
p = Polygon(5)
print(p.name, p.sides, p.area)
s = Square(2)
print(s.name, s.sides, s.side)
t = Labelled("dot")
print(t.name, t.sides, t.tag)
