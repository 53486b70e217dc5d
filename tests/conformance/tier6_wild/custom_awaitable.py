import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        while self.n > 0:
            print("countdown", self.n)
            self.n -= 1
            yield from asyncio.sleep(0).__await__()
        return "liftoff"

class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        return self._run().__await__()

    async def _run(self):
        await asyncio.sleep(self.delay)
        return self.value

async def main():
    print(await Countdown(3))
    print(await Delayed("late", 0.01))
    vals = await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01))
    print(vals)
    t = asyncio.ensure_future(Delayed("wrapped", 0))
    print(await t)

asyncio.run(main())
