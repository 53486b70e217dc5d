# Decorators that hand every call on unchanged: the decorated functions keep their own argument and
# result types, while the wrappers log, count, cache and time around them.
# features: functools.wraps, decorator factories, *args/**kwargs forwarding, positional forwarding,
# functools.lru_cache and cache_info, stacked decorators, keyword arguments through a wrapper,
# a wrapper attribute (wrapper.calls), recursion through the decorated name, async wrapper
import asyncio
import functools

TRACE = []


def traced(tag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            TRACE.append(f"{tag}:{fn.__name__}{args}{sorted(kwargs.items())}")
            return fn(*args, **kwargs)
        return wrapper
    return deco


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


def awaited(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        result = await fn(*args, **kwargs)
        TRACE.append(f"awaited {fn.__name__} -> {result!r}")
        return result
    return wrapper


@traced("price")
@counted
def price(amount, rate=0.2, *, rounding=2):
    return round(amount * (1 + rate), rounding)


@memo
def partitions(n):
    return 1 if n < 2 else partitions(n - 1) + partitions(n - 2)


@functools.lru_cache(maxsize=None)
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


@traced("label")
def label(name, width):
    return f"[{name.center(width)}]"


@awaited
async def fetch(key, delay):
    await asyncio.sleep(delay)
    return key.upper() * 2


async def main():
    results = await asyncio.gather(fetch("ab", 0.02), fetch("cd", 0.01))
    print(results)


print(price(10.0), price(99.5, rate=0.1), price(3.0, 0.5, rounding=0))
print(label("x", 5), label("mid", 7))
print(partitions(60), len(partitions.cache), partitions.__name__)
print(binomial(30, 15), binomial.cache_info().hits > 0)
asyncio.run(main())
print(*TRACE, sep="\n")
