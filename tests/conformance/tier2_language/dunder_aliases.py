# Dunders bound to a second name in the class body: repr from str, str from repr, reflected operators, and overrides.
# features: __repr__ = __str__, __str__ = __repr__, __radd__ = __add__, an alias in a subclass overriding the base's repr, containers printing their items' repr
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    __repr__ = __str__

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<{self.name}>"

    __str__ = __repr__


class Loud(Tag):
    def shout(self):
        return self.name.upper() + "!"

    __repr__ = shout


wallet = [Money(250), Money(1999)]
print(wallet, {"total": sum(wallet)}, f"{wallet[0]!r} {wallet[1]!s}")
print(Money(5) + 100, 7 + Money(3), repr(Money(42)))
print([Tag("a"), Tag("b")], str(Tag("c")), f"{Tag('d')}")
print([Loud("hey")], repr(Loud("x")))
