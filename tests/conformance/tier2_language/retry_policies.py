# Decorators with arguments around coroutines, keyword-only options, functions passed around and called with keywords.
import asyncio
import functools


class TransientError(Exception):
    pass


def retry(times=3, *, on=(TransientError,), delay=0.001):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except on as exc:
                    print(f"  {fn.__name__} attempt {attempt} failed: {exc}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay)
        wrapper.times = times
        return wrapper
    return decorate


def flaky(failures):
    state = {"left": failures}

    async def call(name, *, scale=1):
        if state["left"] > 0:
            state["left"] -= 1
            raise TransientError(f"{name} busy")
        return len(name) * scale
    return call


def apply_all(fns, *args, **kwargs):
    return [fn(*args, **kwargs) for fn in fns]


def describe(label, value, *, width=8, fill="."):
    return f"{label:{fill}<{width}}{value}"


async def main():
    fetch = retry(times=3)(flaky(2))
    print("fetch ->", await fetch("alpha", scale=2))
    hopeless = retry(2, delay=0)(flaky(5))
    try:
        await hopeless("beta")
    except TransientError as e:
        print("gave up:", e, "| times:", hopeless.times)
    formatters = [describe, functools.partial(describe, width=12), functools.partial(describe, fill="-")]
    for line in apply_all(formatters, "total", 42):
        print(line)
    show = describe
    print(show("k", "v", fill="_", width=4))
    ops = {"double": lambda x: x * 2, "neg": lambda x: -x, "str": str}
    print({name: op(21) for name, op in ops.items()})
    results = await asyncio.gather(*(retry(times=2)(flaky(i))(f"job{i}") for i in range(2)), return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in results])


asyncio.run(main())
