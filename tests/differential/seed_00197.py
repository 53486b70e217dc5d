# differential test program, seed 197 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=2, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(int(-40 > 189)))
print(f0((122 % (130 or 7)), pow(27, 3), scale=3))
print(f0(b=5, a=0, label='dee'))
print(g0(6, 'dee', k3=7))
# block 1: classes with inheritance
class Shape1:
    kind = 'shape'
    def __init__(self, name, size):
        self.name = name
        self.size = size
    def area(self):
        return 0
    def describe(self):
        return f"{self.kind} {self.name} area={self.area()}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.size})"
class Square1(Shape1):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare1(Square1):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items1 = [BigSquare1('fay', 5), Square1('hal', 2), Square1('fay', 5), BigSquare1('fay', 5)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
