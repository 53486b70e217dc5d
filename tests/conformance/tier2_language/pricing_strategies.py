# Pricing strategies as a dict of callables, partial and reduce; functions passed around with different argument types.
import asyncio
from functools import partial, reduce
from operator import itemgetter, attrgetter, mul
from typing import Callable, NamedTuple, Optional


class Item(NamedTuple):
    name: str
    price: float
    qty: int


def flat_discount(amount, price):
    return max(price - amount, 0)


def percent_discount(pct, price):
    return round(price * (1 - pct / 100), 2)


def no_discount(price):
    return price


STRATEGIES: dict[str, Callable[[float], float]] = {
    "none": no_discount,
    "flat5": partial(flat_discount, 5),
    "pct10": partial(percent_discount, 10),
    "half": lambda p: p / 2,
}


def total(items, strategy: Optional[Callable] = None):
    strategy = strategy or no_discount
    return round(sum(strategy(i.price) * i.qty for i in items), 2)


def describe(x):
    return f"<{x}>"


async def price_all(items, name, delay):
    await asyncio.sleep(delay)
    return name, total(items, STRATEGIES[name])


async def main():
    cart = [Item("pen", 1.5, 4), Item("book", 12.0, 1), Item("bag", 30.0, 2)]
    results = await asyncio.gather(*(price_all(cart, n, 0.01 * (i + 1)) for i, n in enumerate(STRATEGIES)))
    for name, value in sorted(results, key=itemgetter(1)):
        print(f"{name:>6}: {value:8.2f}")
    print([i.name for i in sorted(cart, key=attrgetter("price"), reverse=True)])
    print(reduce(mul, [i.qty for i in cart], 1))
    print(reduce(lambda acc, i: acc + i.qty, cart, 0))
    print(no_discount(3), no_discount("free"), describe(1), describe([1, 2]), describe(None))
    best = min(STRATEGIES.items(), key=lambda kv: kv[1](100))
    print("best at 100:", best[0])


asyncio.run(main())
