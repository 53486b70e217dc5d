import asyncio
from functools import partial, reduce, lru_cache
from itertools import islice, count, takewhile, starmap, zip_longest
from operator import itemgetter, attrgetter


compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


async def pmap(fn, xs):
    async def one(x):
        await asyncio.sleep(0.001 * x)
        return fn(x)
    return await asyncio.gather(*map(one, xs))


async def main():
    print(compose(inc, dbl, inc)(3))
    print([fib(i) for i in range(15)])
    print(list(islice(primes(), 10)))
    print(list(takewhile(lambda x: x < 30, (x * x for x in count(1)))))
    print(list(starmap(pow, [(2, 3), (3, 2)])))
    print(list(zip_longest("ab", "xyz", fillvalue="-")))
    people = [{"n": "z", "a": 3}, {"n": "y", "a": 1}]
    print(sorted(people, key=itemgetter("a")))
    print(await pmap(partial(pow, 2), [1, 5, 3]))
    words = "the quick brown fox jumps over the lazy dog".split()
    print({w: len(w) for w in words if len(w) > 3})
    print(max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
    print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
    print(any(w.startswith("q") for w in words), all(map(str.islower, words)))
    print(fib.cache_info().hits > 0)


asyncio.run(main())
