# A member of a str-mixin (or int-mixin) enum is an instance of str (int) too.
from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Level(int, Enum):
    LOW = 1
    HIGH = 3


def kinds(value):
    return [isinstance(value, t) for t in (str, int, Enum, Color)]


print(isinstance(Color.RED, str), isinstance(Level.HIGH, int), isinstance(Color.RED, int))
print(kinds(Color.GREEN), kinds(Level.LOW), kinds("red"))
print(Color.RED == "red", Color.RED.upper(), Level.HIGH + 1)
