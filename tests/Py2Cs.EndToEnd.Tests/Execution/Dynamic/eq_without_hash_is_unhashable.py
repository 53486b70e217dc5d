# A class that defines __eq__ without __hash__ has __hash__ = None: its instances are unhashable, until a
# subclass defines __hash__; dataclasses follow their own rules (frozen hashes its fields, eq alone does not).
from dataclasses import dataclass


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents


class Coin(Money):
    def __hash__(self):
        return hash(self.cents)


class Token(Coin):
    def __eq__(self, other):
        return self is other


@dataclass(frozen=True)
class Frozen:
    x: int

    def __eq__(self, other):
        return isinstance(other, Frozen) and other.x == self.x


@dataclass
class Plain:
    x: int


for make in (lambda: Money(5), lambda: Coin(5), lambda: Token(9), lambda: Frozen(1), lambda: Plain(1)):
    value = make()
    try:
        print(type(value).__name__, "hash ok:", hash(value) == hash(value), len({value, value}))
    except TypeError as e:
        print(type(value).__name__, "TypeError:", e)
print(Money(2) == Money(2), Coin(3) in [Coin(3)], {Coin(1): "one"}[Coin(1)])
