# Attributes construction does not assign are missing until the program assigns them:
# hasattr, getattr with a default, vars, __dict__ and except AttributeError all see it.


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w, self.h = w, h


class Report:
    def __init__(self, rows):
        self.rows = rows

    def total(self):
        if not hasattr(self, "_total"):
            print("computing")
            self._total = sum(self.rows)
        return self._total


class Session:
    def __init__(self):
        self.user = "ann"

    def login(self):
        self.token = 42


shapes = [Circle(1), Rect(2, 3)]
setattr(shapes[1], "w", 10)
shapes[0].tag = "round"
print(vars(shapes[0]), vars(shapes[1]))
print(shapes[1].__dict__, Shape.count)

report = Report([1, 2, 3])
print(report.total(), report.total(), getattr(report, "_total", None))

s = Session()
print(getattr(s, "token", "no token"), vars(s))
try:
    print(s.token)
except AttributeError as e:
    print("AttributeError:", e)
s.login()
print(getattr(s, "token", "no token"), vars(s), s.token + 1)
