# match: every pattern kind (literal, capture, wildcard, value, sequence with *rest, mapping with
# **rest, class positional via __match_args__ and keyword, or, as, guard, None/True/False).
from dataclasses import dataclass


class Color:
    RED = "red"
    GREEN = "green"


@dataclass
class Point:
    x: int
    y: int


class Box:
    __match_args__ = ("width", "height")

    def __init__(self, width, height):
        self.width = width
        self.height = height


def describe(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case Color.RED:
            return "the red color"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() as n:
            return f"int {n}"
        case str() as s if s.startswith("x"):
            return f"x-string {s}"
        case [first, *middle, last]:
            return f"seq first={first} middle={middle} last={last}"
        case [only]:
            return f"one item {only}"
        case {"kind": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"kind": kind}:
            return f"kind {kind}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Box(w, h) if w == h:
            return f"square box {w}"
        case Box(width=w):
            return f"box of width {w}"
        case _:
            return f"other {value!r}"


def first_word(line):
    match line.split():
        case []:
            return "(empty)"
        case [word, *_]:
            return word


samples = [None, True, 0, 0.0, "red", 250, 7, "xyz", "abc", [1, 2, 3, 4], (9,), [5],
           {"kind": "user", "name": "kim", "age": 3}, {"kind": "bot"}, {"kind": "user", "name": 4},
           Point(0, 5), Point(3, 0), Point(1, 1), Box(2, 2), Box(3, 4), 2.5]
for sample in samples:
    print(describe(sample))
print(first_word("  hello there "), first_word(""))
total = 0
for item in [1, "a", [2, 3], {"n": 4}]:
    match item:
        case int(k):
            total += k
        case [a, b]:
            total += a * b
        case {"n": n}:
            total += n
        case _:
            pass
print(total)
