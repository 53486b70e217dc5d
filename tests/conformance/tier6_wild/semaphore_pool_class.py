import asyncio

class ConnectionPool:
    def __init__(self, size):
        self._sem = asyncio.Semaphore(size)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self._sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.active -= 1
        self._sem.release()
        return False

async def query(pool, i):
    async with pool as conn:
        await asyncio.sleep(0.01)
        return i * 10

async def main():
    pool = ConnectionPool(3)
    out = await asyncio.gather(*(query(pool, i) for i in range(8)))
    print(out, "peak", pool.peak, "active", pool.active)

asyncio.run(main())
