import asyncio
import functools
import inspect
from typing import Any, Callable


def async_logged(func: Callable) -> Callable:
    @functools.wraps(func)
    async def wrapped(*args: Any, **kwargs: Any) -> Any:
        print(f"starting {func.__name__} with args {args} {kwargs}")
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"finished {func.__name__}")
    return wrapped


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def inner(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.001)
            raise last
        return inner
    return deco


calls = {"flaky": 0}


@async_logged
async def delay(delay_seconds: int) -> int:
    await asyncio.sleep(delay_seconds / 100)
    return delay_seconds


@retry(times=3)
async def flaky(threshold):
    calls["flaky"] += 1
    if calls["flaky"] < threshold:
        raise ConnectionError(f"try #{calls['flaky']}")
    return "connected"


async def main():
    task_one = asyncio.create_task(delay(2))
    task_two = asyncio.create_task(delay(3))
    print(await task_one, await task_two)
    print(delay.__name__, asyncio.iscoroutinefunction(delay), inspect.iscoroutinefunction(delay))
    print(await flaky(3))
    calls["flaky"] = 0
    try:
        await flaky(10)
    except ConnectionError as e:
        print("gave up:", e)

asyncio.run(main())
