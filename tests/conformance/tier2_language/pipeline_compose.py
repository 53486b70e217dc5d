# Functional style: composing closures, higher-order helpers, generator pipelines, sorted/min/max with keys.
import asyncio
from functools import reduce, partial
from itertools import islice, count, takewhile


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


def scale(k):
    return lambda x: x * k


def clamp(lo, hi):
    def inner(x):
        return max(lo, min(hi, x))
    return inner


def pipeline(source, *stages):
    for stage in stages:
        source = stage(source)
    return source


def evens(xs):
    return (x for x in xs if x % 2 == 0)


def squares(xs):
    for x in xs:
        yield x * x


def take(n):
    return lambda xs: islice(xs, n)


def tally(**weights):
    total = sum(weights.values())
    return {k: round(v / total, 3) for k, v in weights.items()}


async def produce(name, values, delay):
    out = []
    for v in values:
        await asyncio.sleep(delay)
        out.append((name, v))
    return out


async def main():
    f = compose(scale(3), clamp(0, 20), str)
    print([f(x) for x in range(-2, 10, 3)])
    print(list(pipeline(count(1), evens, squares, take(4))))
    print(list(takewhile(lambda v: v < 30, map(compose(scale(2), partial(pow, exp=2)), range(10)))))
    words = ["kiwi", "fig", "banana", "apple", "date"]
    print(sorted(words, key=len), min(words, key=lambda w: (len(w), w)), max(words, key=lambda w: w[-1]))
    print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
    print(tally(a=1, b=3, c=4))
    batches = await asyncio.gather(produce("x", [1, 2], 0.01), produce("y", "ab", 0.015))
    merged = sorted((item for batch in batches for item in batch), key=lambda p: str(p[1]))
    print(merged)
    first = next((v for n, v in merged if n == "y"), None)
    missing = next((v for n, v in merged if n == "z"), "none")
    print(first, missing)
    it = iter(words)
    print(next(it), next(it), list(it))


asyncio.run(main())
