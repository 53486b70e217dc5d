# Where dynamic code meets typed values: containers made in dynamic code take any item, a __str__
# returns a dynamic value, *args and **kwargs are assigned anew, a method with **kwargs is called by
# name, a dataclass field defaults to an enum member, a spread of dynamic items meets a typed
# params array.
import math
from dataclasses import dataclass
from enum import Enum


class Role(Enum):
    MEMBER = 1
    ADMIN = 2


@dataclass
class User:
    name: str
    role: Role = Role.MEMBER
    level: int = 1


class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        text = self.text
        return text[2:] if text.startswith("+ ") else "-" + text


class Board:
    def __init__(self):
        self.items = []

    def add(self, title, **kw):
        self.items.append((title, sorted(kw.items())))
        return title


def widen(*args, **kw):
    args = args + (len(args),)
    kw = {**kw, "extra": True}
    return args, kw


def slices():
    s = list(range(10))
    s[2:5] = ["x", "y"]
    t = (1, 2, 3, 2)
    rounded = [round(x) for x in (0.5, 1.5, 2.5)]
    table = {"a": (0, 0)}
    table["b"] = ("far", 1.5)
    return s, t.index(3), t.count(2), rounded, table.get("c", (math.inf, 0))


def spread(rows):
    return math.hypot(*(r for r in rows))


print(str(Label("+ five")), str(Label("four")))
b = Board()
b.add("docs", priority=2, owner="ann")
b.add("fix")
print(b.items)
print(widen(1, 2, a=3))
print(slices())
print(spread([3.0, 4.0]))
print(User("bob"), User("amy", Role.ADMIN), User("cy", None, level=3))
