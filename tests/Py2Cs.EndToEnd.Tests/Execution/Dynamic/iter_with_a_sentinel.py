# iter(callable, sentinel): a typed lambda, a bound method, a function reading a file-like object, StopIteration ending it.
import io
from functools import partial

data = iter([1, 2, 0, 3])
print(list(iter(lambda: next(data), 0)))


class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)

    def roll(self):
        return self.rolls.pop(0)


d = Dice([4, 2, 6, 1, 5])
print([r for r in iter(d.roll, 6)], d.rolls)

stream = io.StringIO("abcdefgh")
for block in iter(partial(stream.read, 3), ""):
    print("block", repr(block))

short = iter([7, 8])
print(list(iter(lambda: next(short), None)))

it = iter(lambda: "x", "x")
print(next(it, "empty"), type(it).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
