# Iterating enum classes: max/sum/sorted/len/in over the class, comprehensions, enumerate, set(Enum), a StrEnum-like value lookup table; output recorded from CPython 3.11.
from enum import Enum, IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 5


class Suit(Enum):
    CLUBS = "c"
    HEARTS = "h"

    @property
    def red(self):
        return self is Suit.HEARTS


print(max(Level), sum(Level), sorted(Level, key=lambda m: -m.value), [m.name for m in Level], len(Level), Level.HIGH in Level)
print(list(Suit), [s for s in Suit if s.red], ", ".join(s.value.upper() for s in Suit), set(Suit) == {Suit.CLUBS, Suit.HEARTS})
for i, s in enumerate(Suit, 1):
    print(i, s, s.value, s.red)
by_value = {s.value: s for s in Suit}
print(by_value, min(Suit, key=lambda s: s.value).name)
