# A def used as a value may be called from where inference does not follow it: its parameters admit anything.
import functools
import math
import operator


def show(label, value, *, width=6):
    return f"{label:<{width}}{value}"


def double(x):
    return x * 2


def tag(x, suffix="!"):
    return f"{x}{suffix}"


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n


def call_all(fns, *args):
    return [fn(*args) for fn in fns]


def first_of(*items):
    return items


# Direct calls with strs; through a list, partial and a dict with ints and lists.
print(show("a", "b"))
print(call_all([show, functools.partial(show, width=3)], "n", 42))
table = {"double": double, "tag": tag}
print(table["double"](21), table["double"]("ab"), table["tag"]([1]))
print(double(1.5))
# A def handed to a library function taking a delegate: a lambda calling it, its defaults filled.
print(list(map(tag, [1, 2])), sorted(["b", "a"], key=tag))
# Whatever may hold other values too: the variable is an object, the function escapes.
pick = double if len(table) > 5 else tag
print(pick(7))
# A method read through its class is a plain function taking the instance first.
bump = Counter.bump
c = Counter()
print(bump(c, 2), bump(c, 0.5), {"b": Counter.bump}["b"](c, 1))
# One list into *args is a one-item tuple.
print(first_of([1, 2, 3]), first_of((1, 2)), first_of())
# A library function held as a value is the runtime's callable for it.
ops = {"sqrt": math.sqrt, "add": operator.add, "len": len}
print(ops["sqrt"](16), ops["add"](2, 3), ops["len"]("abc"), call_all([math.floor, abs], -2.5))
