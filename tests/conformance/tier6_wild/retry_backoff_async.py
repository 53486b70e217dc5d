import asyncio
import functools

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.001 * attempt)
            raise RuntimeError(f"{fn.__name__} gave up") from last
        return wrapper
    return deco

calls = {"flaky": 0}

@retry(times=4, exceptions=(ConnectionError,))
async def flaky(x):
    calls["flaky"] += 1
    if calls["flaky"] < 3:
        raise ConnectionError(f"try {calls['flaky']}")
    return x * 2

@retry(times=2)
async def hopeless():
    raise TimeoutError("never")

async def main():
    print(await flaky(21))
    print(flaky.__name__)
    try:
        await hopeless()
    except RuntimeError as e:
        print("error:", e, "| cause:", repr(e.__cause__))

asyncio.run(main())
