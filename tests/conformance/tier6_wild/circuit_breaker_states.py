import asyncio
import enum


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.state = State.CLOSED
        self.opened_at = None
        self.clock = 0

    async def call(self, fn, *args):
        if self.state is State.OPEN:
            if self.clock - self.opened_at >= self.cooldown:
                self.state = State.HALF_OPEN
            else:
                raise CircuitOpen(f"open since {self.opened_at}")
        try:
            result = await fn(*args)
        except Exception as exc:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self.state = State.OPEN
                self.opened_at = self.clock
            raise
        else:
            self.failures = 0
            self.state = State.CLOSED
            return result


async def flaky(i):
    await asyncio.sleep(0)
    if i in (1, 2, 3, 6):
        raise ConnectionError(f"fail {i}")
    return i * 10


async def main():
    br = Breaker(threshold=2, cooldown=3)
    for i in range(10):
        br.clock = i
        try:
            r = await br.call(flaky, i)
            print(i, "ok", r, br.state)
        except CircuitOpen as e:
            print(i, "rejected", e, br.state.name)
        except ConnectionError as e:
            print(i, "error", repr(e), br.state.value)


asyncio.run(main())
