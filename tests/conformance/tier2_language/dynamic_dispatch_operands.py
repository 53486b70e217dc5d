# Dunders and methods reached through values inference cannot follow: a heterogeneous list, getattr,
# a lambda table, a plain helper called with mixed operands. Each receives operands of other types than
# its visible call sites pass.
import asyncio


class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        return Meters(self.value + other)

    def __mul__(self, k):
        return Meters(self.value * k)

    def __lt__(self, other):
        rhs = other.value if isinstance(other, Meters) else other
        return self.value < rhs

    def __getitem__(self, key):
        return f"{key}:{self.value}"

    def __repr__(self):
        return f"Meters({self.value})"


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        self.total += amount
        return self.total


def plus(a, b):
    return a + b


async def main():
    a, b = Meters(2), Meters(3)
    print(a + b, a * 2, a < b, a[0])
    shelf = [a, "label", 7]
    print(plus(shelf[0], 1.5), plus(b, b))
    print(shelf[0] * 0.5, shelf[0] < 10, shelf[0]["k"])
    print(getattr(b, "__add__")(10))
    table = {"mul": lambda x, y: x * y}
    print(table["mul"](b, 3))
    t = Tally()
    print(t.add(1))
    owners = [t, None]
    print(owners[0].add(2.25), owners[0].add("x") if False else t.total)
    await asyncio.sleep(0)
    print(sorted([Meters(5), Meters(1)], key=lambda m: m.value))


asyncio.run(main())
