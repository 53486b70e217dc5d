# functools.total_ordering derives the missing comparisons; object.__setattr__ and setattr with a constant
# name declare the attribute; issubclass with builtin classes. Expected output recorded from CPython 3.11.
from functools import total_ordering
from dataclasses import dataclass

@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n

a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1))

class P:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
p = P(3)
print(p.x, getattr(p, "x"), hasattr(p, "y"))
name = "x"
setattr(p, name, 9)
print(getattr(p, name))
print(type(p).__name__, id(p) == id(p), hash(5), callable(P))
print(issubclass(bool, int), issubclass(P, object))
