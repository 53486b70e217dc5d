# class X(int, Enum) / class X(str, Enum): members are ints or strs, printed and formatted as Enum members.
# A __getattr__ answers for an attribute a later method assigns, until it is assigned.
import json
from enum import Enum


class Level(int, Enum):
    LOW = 1
    HIGH = 5


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


print(Level.HIGH > Level.LOW, Level.HIGH == 5, Level.LOW + 1, Level.HIGH * 2)
print(str(Level.LOW), f"{Level.HIGH}", repr(Level.HIGH), Level(5).name)
print(max(Level).name, [m.value for m in Level])
print(Color.RED == "red", Color("blue") is Color.BLUE, Color.RED.upper(), Color.BLUE.startswith("bl"))
print(str(Color.RED), f"{Color.BLUE:>12}|", repr(Color.RED), Color.RED.value)
print(len(Color.BLUE), sorted([Color.RED, Color.BLUE]), Color.RED < "s", json.dumps({"c": Color.RED, "l": Level.HIGH}))


class Account:
    def __init__(self, owner):
        self.owner = owner

    def open(self, limit):
        self.limit = limit

    def __getattr__(self, name):
        return f"<{name} not set>"


acct = Account("kim")
print(acct.limit, acct.nickname)
acct.open(300)
print(acct.limit + 1, acct.owner)
