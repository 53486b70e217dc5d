from functools import singledispatch, cached_property
from collections import ChainMap
from typing import TypedDict

@singledispatch
def describe(x):
    return f"thing {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(str)
def _s(x):
    return f"str {x.upper()}"

@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2

class Movie(TypedDict):
    title: str
    year: int

print(describe(3), describe("hi"), describe(2.5), describe([1, "a"]))
c = Circle(2)
print(c.area); print(c.area)
defaults = {"color": "red", "size": 3}
user = {"size": 5}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["shape"] = 7
print(user, cm.maps[1])
m: Movie = {"title": "Up", "year": 2009}
m2 = Movie(title="Heat", year=1995)
print(m, m2, m["year"] + 1)
print(cm.new_child({"x": 1})["x"], cm.parents)
