# *args/**kwargs utilities, iter()/next() over anything iterable, map/filter/zip with builtins, tuple keys.
import asyncio
from itertools import chain, groupby, accumulate, zip_longest, product


def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out


def first(iterable, default=None):
    return next(iter(iterable), default)


def pairs(*items):
    return list(zip(items, items[1:]))


def stats(*values, **opts):
    digits = opts.get("digits", 2)
    if not values:
        return None
    mean = sum(values) / len(values)
    return round(mean, digits), min(values), max(values)


async def count_stock(store, items):
    await asyncio.sleep(0.001 * len(items))
    return {(store, name): qty for name, qty in items}


async def main():
    cfg = merge({"a": 1, "b": 2}, {"b": 3}, c=4)
    print(cfg, first(cfg), first([]), first("xyz"), first(range(5, 9)))
    print(pairs(1, 2, 3, 4), stats(3, 1, 4, 1, 5, digits=1), stats())
    args = (10, 20, 30)
    print(stats(*args), stats(*[2, 4], **{"digits": 0}))
    counts = await asyncio.gather(count_stock("north", [("mug", 3), ("tea", 5)]), count_stock("south", [("mug", 1)]))
    table = {}
    for part in counts:
        table.update(part)
    for key in sorted(table):
        store, name = key
        print(f"{store:>5} {name:<4} {table[key]}")
    print(table.get(("north", "tea")), table.get(("east", "mug"), 0))
    totals = {}
    for (store, name), qty in table.items():
        totals[name] = totals.get(name, 0) + qty
    print(totals)
    print(list(chain("ab", [1, 2], range(2))), list(accumulate([3, 1, 4, 1, 5], max)))
    print(list(zip_longest("abc", [1], fillvalue="-")), list(product("ab", repeat=2)))
    print(list(map(str.upper, "hey")), list(filter(str.isdigit, "a1b22")), list(map(int, "123")))
    words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
    print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
    it = iter(range(3))
    print(next(it), next(it), next(it), next(it, "done"))


asyncio.run(main())
