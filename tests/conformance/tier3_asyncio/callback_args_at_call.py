# Callbacks scheduled with arguments get the values the arguments had at the call, not later ones:
# loop variables, reassigned names, bound methods of a replaced object, lambdas with default values.
import asyncio
import functools


class Meter:
    def __init__(self, label: str, value: int) -> None:
        self.label = label
        self.value = value

    def report(self, tag: str) -> None:
        print(f"{tag}: {self.label}={self.value}")


def double(x: int) -> int:
    return x * 2


async def main() -> None:
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "soon", i)

    meter = Meter("cpu", 10)
    loop.call_soon(meter.report, "first")
    meter = Meter("mem", 20)
    loop.call_soon(meter.report, "second")

    delay = 0.01
    for name in ("a", "b", "c"):
        loop.call_later(delay, print, "later", name, round(delay, 2))
        delay += 0.01

    fired: list[int] = []
    for k in range(3):
        loop.call_later(0.05 - 0.01 * k, lambda k=k: fired.append(k))

    n = 5
    handle = loop.call_soon(print, "cancelled", n)
    handle.cancel()
    n = 6
    loop.call_soon(functools.partial(print, "partial", n))
    n = 7
    await asyncio.sleep(0.07)
    print("fired", fired)

    results = []
    for x in range(3):
        results.append(await asyncio.to_thread(double, x))
    print("to_thread", results)

    base = 10
    fut = loop.run_in_executor(None, pow, base, 2)
    base = 0
    print("executor", await fut)

    futures = [loop.create_future() for _ in range(3)]
    for idx, f in enumerate(futures):
        loop.call_soon(f.set_result, idx * idx)
    print("futures", await asyncio.gather(*futures))


asyncio.run(main())
