import json


class Cents(int):
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, other):
        return Cents(int(self) + int(other))


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}C"


class Tag(str):
    def shout(self):
        return self.upper() + "!"


prices = [Cents(199), Cents(250), Cents(1005)]
total = Cents(0)
for p in prices:
    total = total + p
print(total, repr(total), int(total), total > 1000, total == 1454)
print(sorted(prices, reverse=True), max(prices))
print(type(total).__name__, type(total * 2).__name__, total * 2, type(total - 4).__name__)
print(isinstance(total, int), hash(Cents(7)) == hash(7), {Cents(7): "seven"}[Cents(7)])
print(f"{Cents(42):>6}", "%d" % Cents(3), json.dumps({"c": Cents(5)}))
temps = [Celsius(21.5), Celsius(-3), Celsius("100")]
print(temps, [round(t.to_f(), 1) for t in temps])
print(max(temps), min(temps) + 1, type(min(temps) + 1).__name__, isinstance(temps[0], float))
t = Tag("hello")
print(t, repr(t), t.shout(), len(t), t[1:3], "ell" in t, t + " world", "say " + t)
print(type(t).__name__, type(t + "x").__name__, t == "hello", {t: 1}, t.split("l"), str(t), f"[{t:>7}]")
print(sorted([Tag("b"), Tag("a")]), Tag(12), bool(Tag("")), bool(Cents(0)))


def describe(label: str, amount: int) -> str:
    return f"{label.title()}: {amount + 1}"


class Level(int):
    def next(self):
        return Level(self + 1)


print(describe(Tag("fee"), Level(99)), Level(2).next(), type(Level(2).next()).__name__, -Level(3), abs(Level(-4)))
print(Level(6) & 3, Level(1) << 4, Level(5) // 2, Level(5) / 2, divmod(7, 2), Level(2) ** 3, 10 - Level(4))
try:
    Tag("a") - 1
except TypeError as e:
    print(e)
try:
    Celsius(1) + "x"
except TypeError as e:
    print(e)

# Where the builtin itself is taken: an index, hex(), str.join, json keys, a dict keyed by the subclass.
names = ("zero", "one", "two")
tags = [Tag("b"), Tag("a")]
print(names[Level(1)], hex(Level(255)), "-".join(tags), json.dumps({Tag("k"): Level(3)}), list(range(Level(3))))
by_tag = {t: i for i, t in enumerate(tags)}
print(by_tag["a"], "b" in by_tag, Tag("a") in by_tag)
