# Lambdas handed to library functions: sort keys, min/max keys, reduce with and without a start,
# map and filter, itertools callbacks; accumulators that outgrow 64 bits, change type or mix int and float.
import asyncio
import functools
import itertools
from dataclasses import dataclass


@dataclass
class Order:
    who: str
    qty: int
    price: float


async def fetch_orders():
    await asyncio.sleep(0.01)
    return [Order("ann", 3, 2.5), Order("bob", 1, 10.0), Order("cy", 7, 0.75), Order("dee", 3, 4.0)]


async def main():
    orders = await fetch_orders()
    by_qty = sorted(orders, key=lambda o: (o.qty, o.who))
    print([o.who for o in by_qty])
    print(max(orders, key=lambda o: o.qty * o.price).who, min(orders, key=lambda o: o.price).who)
    print(functools.reduce(lambda total, o: total + o.qty, orders, 0))
    print(functools.reduce(lambda total, o: total + o.qty * o.price, orders, 0))
    print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, [o.who for o in orders]))
    print(functools.reduce(lambda a, b: a * b, range(1, 26)))
    print(functools.reduce(lambda a, b: a / b, [100, 4, 5]))
    print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
    names = list(map(lambda o: o.who.title(), orders))
    print(names, list(filter(lambda n: "e" in n.lower(), names)))
    print(list(filter(lambda q: q % 2, [o.qty for o in orders])))
    print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(list(itertools.accumulate([o.qty for o in orders], lambda a, b: a + b)))
    print(list(itertools.takewhile(lambda o: o.qty < 5, by_qty)))
    groups = itertools.groupby(sorted(orders, key=lambda o: o.qty), key=lambda o: o.qty)
    print([(k, [o.who for o in g]) for k, g in groups])
    words = {"pear": 3, "fig": 3, "apple": 1}
    print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
    print(sorted(words, key=lambda w: words[w] * 10 + len(w)))


asyncio.run(main())
