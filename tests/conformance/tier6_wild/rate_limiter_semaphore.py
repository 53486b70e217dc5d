import asyncio

class RateLimiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.active -= 1
        self.sem.release()
        return False

async def request(limiter, i):
    async with limiter:
        await asyncio.sleep(0.02)
        return i * i

async def main():
    limiter = RateLimiter(3)
    results = await asyncio.gather(*(request(limiter, i) for i in range(10)))
    print(results)
    print("peak concurrency:", limiter.peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print("locked:", s.locked())
    s.release()
    print("locked after release:", s.locked())

asyncio.run(main())
