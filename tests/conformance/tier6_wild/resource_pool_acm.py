import asyncio
from contextlib import asynccontextmanager

class Conn:
    def __init__(self, cid):
        self.cid = cid
        self.uses = 0
    def __repr__(self):
        return f"Conn({self.cid}, uses={self.uses})"

class Pool:
    def __init__(self, size):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(Conn(i))
        self.size = size

    async def __aenter__(self):
        print("pool open")
        return self

    async def __aexit__(self, et, ev, tb):
        print("pool close, free =", self._free.qsize(), "exc =", et.__name__ if et else None)
        return False

    @asynccontextmanager
    async def acquire(self):
        conn = await self._free.get()
        conn.uses += 1
        try:
            yield conn
        finally:
            self._free.put_nowait(conn)

async def job(pool, n, order):
    async with pool.acquire() as c:
        order.append((n, c.cid))
        await asyncio.sleep(0)
        if n == 4:
            raise KeyError(n)
        return n * n

async def main():
    order = []
    async with Pool(2) as pool:
        results = await asyncio.gather(*(job(pool, i, order) for i in range(6)), return_exceptions=True)
    print(results)
    print(sorted(order))
    try:
        async with Pool(1) as p2:
            async with p2.acquire() as c:
                print("got", c)
                raise RuntimeError("boom")
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
