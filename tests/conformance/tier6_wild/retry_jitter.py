import asyncio
import random

class TransientError(Exception):
    pass

rng = random.Random(42)
attempts = {"a": 0, "b": 0}

async def flaky(name, fail_times):
    attempts[name] += 1
    await asyncio.sleep(0)
    if attempts[name] <= fail_times:
        raise TransientError(f"{name} attempt {attempts[name]}")
    return f"{name} ok"

async def retry(fn, *args, retries=4, base=0.001):
    for i in range(retries):
        try:
            return await fn(*args)
        except TransientError as exc:
            delay = base * (2 ** i) + rng.uniform(0, base)
            print(f"retry {i + 1} after {exc}; delay {delay * 1000:.3f}ms")
            await asyncio.sleep(delay)
    raise TransientError("gave up")

async def main():
    print(await retry(flaky, "a", 2))
    try:
        await retry(flaky, "b", 10, retries=3)
    except TransientError as e:
        print("final:", e)
    print(attempts)

asyncio.run(main())
