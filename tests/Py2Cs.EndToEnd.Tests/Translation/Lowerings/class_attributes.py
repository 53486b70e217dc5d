# Class attributes: read through self, the class, type(self) and cls; counters; subclasses that
# override them; ClassVar; docstrings; __slots__; class X(object).
from typing import ClassVar


class Counter(object):
    """Counts its instances."""
    created = 0
    label: ClassVar[str] = "counter"
    limit: int = 3
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name
        Counter.created += 1
        type(self).created += 0

    def describe(self):
        return f"{self.label} {self.name} of {self.created} (limit {self.limit}, {type(self).limit})"

    @classmethod
    def how_many(cls):
        return f"{cls.label}: {cls.created}"


class Vehicle:
    wheels = 4
    sound = "vroom"

    def info(self):
        return f"{type(self).__name__}: {self.wheels} wheels, {self.sound}"


class Bike(Vehicle):
    wheels = 2


class Trike(Bike):
    wheels = 3
    sound = "ring"


a = Counter("a")
b = Counter("b")
print(a.describe(), b.describe())
print(Counter.created, Counter.how_many(), Counter.limit)
for v in [Vehicle(), Bike(), Trike()]:
    print(v.info(), v.wheels)
print(Vehicle.wheels, Bike.wheels, Trike.wheels, Trike.sound)
Vehicle.sound = "beep"
print(Bike().info())
