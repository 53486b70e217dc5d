from functools import cached_property
import functools

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
    @functools.cached_property
    def label(self) -> str:
        return f"circle {self.r}"

c = Circle(2)
print(c.area); print(c.area)
print(c.label, c.label.upper())
del c.area
print(c.area)
c.area = 5
print(c.area, type(Circle.area).__name__)
print(vars(c))
