# Builtins as first-class values, the binary-operator protocol with NotImplemented, and the class
# object's own attributes. Expected output recorded from CPython 3.11.
from functools import total_ordering

words = ["bb", "a", "Ccc", "dddd"]
print(list(map(int, ["1", "22"])), list(map(str, [1, 2])), list(filter(bool, [0, 1, "", "x"])))
converters = [int, float, str]
print([convert("7") for convert in converters])
show = print
show("shown", 1, sep="|")
print(type(3) is int, type("x").__name__, type([1]) is list, type({}) is dict, type(2.5).__name__)
print(callable(len), callable(3), callable(int), isinstance(True, int))

kinds = (int, str)
checks = [int, (float, str)]
print(isinstance(3, kinds), isinstance(2.5, kinds), [isinstance("s", c) for c in checks])


class Base:
    pass


class Child(Base):
    pass


print([c.__name__ for c in Child.__mro__], Child.__name__, issubclass(Child, Base))
marker = object()
print(marker is marker, marker is not object())


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


a = Money(5)
print(a + Money(2), 3 + a, a + 4, sum([Money(1), Money(2)], Money(0)))
print(a == Money(5), a == 5, a != "x", a < Money(9), sorted([Money(3), Money(1)]))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
try:
    raise ImportError("no module")
except ImportError as e:
    print(type(e).__name__, e, __debug__)
print(slice(1, 3), slice(4), ..., Ellipsis is ...)
print(len(dir(Child())) > 20, "__class__" in dir(a), vars(a))
