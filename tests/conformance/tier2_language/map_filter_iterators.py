# map and filter are one-shot iterators: next() advances them, a second pass is empty; their items keep
# the types their functions give (ints from int, lengths, a lambda's results) through unpacking and sums.
import asyncio
from functools import reduce


def parse(stamp):
    h, m, s = map(int, stamp.split(":"))
    return h * 3600 + m * 60 + s


async def lengths(words):
    await asyncio.sleep(0)
    return map(len, words)


async def main():
    print([parse(t) for t in ["00:01:05", "12:00:00", "23:59:59"]])
    it = await lengths("a quick brown fox".split())
    print(next(it), list(it), list(it))
    evens = filter(lambda n: n % 2 == 0, range(10))
    print(next(evens), next(evens), sum(evens), list(evens))
    squares = map(lambda x: x * x, [3, 4, 5])
    print(sum(squares), sum(squares))
    words = ["pear", "fig", "banana"]
    print(max(map(len, words)), sorted(map(str.upper, words)), list(filter(None, [0, "", "x", 2])))
    pairs = list(map(lambda a, b: f"{a}{b}", "xyz", [1, 2, 3]))
    print(pairs, sum(map(int, "2024")))
    print(reduce(lambda total, w: total + len(w) * 3, words, 0), reduce(lambda acc, n: acc * n, range(1, 25)))
    print(dict(zip(words, map(len, words))))


asyncio.run(main())
