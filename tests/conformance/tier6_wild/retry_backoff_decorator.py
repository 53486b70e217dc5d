import asyncio
import random


class TransientError(Exception):
    pass


class Flaky:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def __call__(self, payload: str) -> str:
        self.calls += 1
        await asyncio.sleep(0.001)
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} failed")
        return f"sent {payload}"


async def retry(func, *args, attempts: int = 4, base: float = 0.01, factor: float = 2.0):
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            return await func(*args)
        except TransientError as e:
            if attempt == attempts:
                print(f"giving up after {attempt} attempts")
                raise
            print(f"{e}; retrying in {delay * 1000:.0f} ms")
            await asyncio.sleep(delay)
            delay *= factor


def with_retries(attempts: int):
    def decorator(fn):
        async def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except TransientError:
                    await asyncio.sleep(0.01 * (i + 1))
            raise RuntimeError(f"{fn.__name__} failed {attempts} times")
        return wrapper
    return decorator


counter = {"n": 0}


@with_retries(3)
async def unreliable(x: int) -> int:
    counter["n"] += 1
    if counter["n"] < 3:
        raise TransientError()
    return x + counter["n"]


async def main() -> None:
    print(await retry(Flaky(2), "hello"))
    try:
        await retry(Flaky(10), "never", attempts=3)
    except TransientError as e:
        print("final error:", e)
    print(await unreliable(10))
    counter["n"] = -5
    try:
        await unreliable(1)
    except RuntimeError as e:
        print(e)
    rng = random.Random(7)
    jitter = [round(0.01 * 2 ** i + rng.random() / 1000, 4) > 0 for i in range(3)]
    print(jitter)


asyncio.run(main())
