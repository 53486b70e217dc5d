import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield from asyncio.sleep(0, result=self.value).__await__())


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        return result * 2


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print("countdown", i)
            yield
        return "liftoff"


async def main():
    print(await Ready(5))
    print(await Delayed(21, 0.01))
    print(await Countdown(3))
    results = await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01))
    print(results)
    t = asyncio.ensure_future(Delayed(7, 0.01))
    print(type(t).__name__, await t)

asyncio.run(main())
