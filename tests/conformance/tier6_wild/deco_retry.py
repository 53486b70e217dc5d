import asyncio
import functools
import time

CALLS = []

def log_calls(prefix="call"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            CALLS.append(f"{prefix}:{fn.__name__}{args}{sorted(kwargs.items())}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco

def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        n = 0
    return bump, reset

bump, reset = counter()
state = {"fails": 2}

@retry(times=4)
async def flaky(x):
    """Fails a few times."""
    await asyncio.sleep(0)
    if state["fails"] > 0:
        state["fails"] -= 1
        raise ValueError(f"flake {state['fails']}")
    return x * 10

@retry(times=2, exceptions=(KeyError,))
async def always_bad():
    raise KeyError("never")

@log_calls("dbg")
def add(a, b=0, *rest, **kw):
    return a + b + sum(rest) + sum(kw.values())

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)

async def main():
    print(await flaky(4))
    print(flaky.__name__, flaky.__doc__)
    try:
        await always_bad()
    except RuntimeError as e:
        print(e, "<-", repr(e.__cause__))
    print(add(1), add(1, 2, 3, 4, x=5), add(b=2, a=1))
    print(*CALLS, sep="\n")
    print(bump(), bump(5), bump())
    reset()
    print(bump(2))
    print(stairs(50), len(stairs.cache))
    f = lambda *args, **kw: (len(args), sorted(kw))
    print(f(1, 2, *[3, 4], z=1, **{"y": 2}))
    adders = [lambda x, i=i: x + i for i in range(3)]
    print([g(10) for g in adders])
    late = [lambda: i for i in range(3)]
    print([g() for g in late])

asyncio.run(main())
