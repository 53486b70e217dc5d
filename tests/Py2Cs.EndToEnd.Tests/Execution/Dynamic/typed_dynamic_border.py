# Values crossing the border between typed and dynamic code: each line would not compile
# (or would convert wrongly) if a dynamic value were not converted where typed code takes it.
import asyncio
import itertools
import math
import random
from operator import itemgetter


def shout(name, times):
    # str * an int the analysis cannot type: a dynamic result where str is declared.
    return name.upper() * times


def scaled(ra, rb):
    # a dynamic value passed where the library takes a float (math.pow).
    return 1 / (1 + math.pow(10, (rb - ra) / 400))


def pick(table, word):
    # a dict of str keys read with a dynamic key: the runtime binds the call.
    return table.get(word, word).upper()


print(shout("ab", 3), shout("x", 0) + shout("yz", 2))
print(shout("zzz", 2).lower(), len(shout("q", 4)))
print(round(scaled(2750, 2300), 4), round(scaled(2750.5, 2300), 4))
print(pick({"n": "north", "s": "south"}, "n"), pick({"n": "north"}, "east"))

pairs = [(w, len(w)) for w in ["", "zzz", "red"]]
print(pairs)
pairs = [(w, len(w)) for w in []]
print(pairs)

t = (3, "ab" * 2, 1.5)
n, s, f = t
print(t, n, s, f)

vals = [] + [7]
vals.append(8)
print(vals, max(vals))

counts = {k: sum(1 for v in "banana" if v == k) for k in "abn"}
print(counts)

rng = random.Random(4)
weights = [1.0, 2.0, 3.0]
print(len(rng.choices(["a", "b", "c"], weights=weights, k=5)))

rows = sorted([("b", 1), ("a", 2), ("a", 3)])
for kind, group in itertools.groupby(rows, key=itemgetter(0)):
    print(kind, list(group))


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("b", 0.02), ("c", 0.01)]]
    results = await asyncio.gather(job("a", 0.03), *tasks)
    print(results)


asyncio.run(main())
