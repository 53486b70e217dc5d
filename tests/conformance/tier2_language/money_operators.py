# Operator methods in a value-class style: __radd__ = __add__ (sum() starts from 0), total_ordering,
# __hash__ in sets, __bool__, a __format__ seen by f-strings with and without a spec, __call__ chaining,
# then itertools and math in one breath.
import asyncio
import itertools as it
import math
from functools import total_ordering, lru_cache, reduce

@total_ordering
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents=0):
        self.cents = int(cents)
    @classmethod
    def of(cls, amount):
        return cls(round(amount * 100))
    def __add__(self, other):
        if isinstance(other, int):
            other = Money(other)
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"
    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + "$"

class Ledger:
    def __init__(self):
        self._rows = []
    def __call__(self, who, amount):
        self._rows.append((who, Money.of(amount)))
        return self
    def __len__(self):
        return len(self._rows)
    def __getitem__(self, i):
        return self._rows[i]
    def __contains__(self, who):
        return any(w == who for w, _ in self._rows)
    def __iter__(self):
        return iter(self._rows)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

async def tally(ledger):
    await asyncio.sleep(0)
    by = {}
    for who, m in ledger:
        by[who] = by.get(who, Money()) + m
    return by

async def main():
    led = Ledger()
    led("ann", 3.5)("bob", 1.25)("ann", 0.75)("cy", 0)
    print(len(led), led[1], "bob" in led, "dan" in led)
    by = await tally(led)
    print(by, sum(by.values(), Money()), max(by.values()), sorted(by.values()))
    print(f"{by['ann']} | {by['bob']:>10.1f} | {bool(by['cy'])}", Money(5) == Money(5), Money(1) <= Money(2))
    print(len({Money(1), Money(1), Money(2)}), sum([Money(1), Money(2)]), Money(3) * 2)
    print([fib(i) for i in range(15)][-3:], fib.cache_info().hits > 0)
    pairs = list(it.combinations("abcd", 2))
    print(len(pairs), pairs[:3], list(it.permutations([1, 2, 3], 2))[:4])
    print(list(it.islice(it.cycle("xy"), 5)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
    print(list(it.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
    print(list(it.chain.from_iterable([[1], [2, 3]])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("z", 3)))
    print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(4, 2), math.factorial(10), math.isclose(0.1 + 0.2, 0.3))
    print(math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.hypot(3, 4), math.copysign(2, -0.0), math.fsum([0.1] * 10))
    print(reduce(lambda a, b: a * b, range(1, 6)), math.prod([2, 3, 4]), math.inf > 10**100, math.isnan(float("nan")))

asyncio.run(main())
