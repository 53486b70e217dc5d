import asyncio
import itertools
from collections import deque


class TokenBucket:
    """Refills on a logical clock advanced by the driver, not wall time."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.clock = 0
        self.waiters = deque()

    def tick(self):
        self.clock += 1
        self.tokens = min(self.capacity, self.tokens + self.rate)
        while self.waiters and self.tokens >= 1:
            fut = self.waiters.popleft()
            if not fut.cancelled():
                self.tokens -= 1
                fut.set_result(self.clock)

    async def acquire(self):
        if self.tokens >= 1 and not self.waiters:
            self.tokens -= 1
            return self.clock
        fut = asyncio.get_running_loop().create_future()
        self.waiters.append(fut)
        return await fut


async def client(name, bucket, n, log):
    for i in range(n):
        t = await bucket.acquire()
        log.append((t, name, i))


async def driver(bucket, stop):
    for _ in itertools.count():
        if stop.is_set():
            return bucket.clock
        await asyncio.sleep(0)
        bucket.tick()


async def main():
    bucket = TokenBucket(rate=2, capacity=3)
    log = []
    stop = asyncio.Event()
    drv = asyncio.create_task(driver(bucket, stop))
    await asyncio.gather(client("a", bucket, 4, log), client("b", bucket, 3, log), client("c", bucket, 2, log))
    stop.set()
    ticks = await drv
    for t, group in itertools.groupby(log, key=lambda e: e[0]):
        print(t, [f"{n}{i}" for _, n, i in group])
    print("ticks", ticks, "left", bucket.tokens, "waiters", len(bucket.waiters))
    try:
        await asyncio.wait_for(bucket.acquire(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out; waiters", len(bucket.waiters), [f.cancelled() for f in bucket.waiters])


asyncio.run(main())
