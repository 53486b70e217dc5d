import asyncio
import itertools

class WorkerPool:
    _ids = itertools.count(1)

    def __init__(self, size):
        self.size = size
        self.queue = asyncio.Queue()
        self.results = {}
        self.workers = []

    async def _worker(self, wid):
        while True:
            job_id, fn, args = await self.queue.get()
            try:
                self.results[job_id] = await fn(*args)
            except Exception as exc:
                self.results[job_id] = exc
            finally:
                self.queue.task_done()

    def submit(self, fn, *args):
        job_id = next(self._ids)
        self.queue.put_nowait((job_id, fn, args))
        return job_id

    async def __aenter__(self):
        self.workers = [asyncio.create_task(self._worker(i)) for i in range(self.size)]
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.queue.join()
        for w in self.workers:
            w.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)

async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b

async def divide(a, b):
    await asyncio.sleep(0.001)
    return a / b

async def main():
    async with WorkerPool(2) as pool:
        ids = [pool.submit(add, 1, 2), pool.submit(divide, 1, 0), pool.submit(add, "x", "y"), pool.submit(divide, 9, 3)]
    for i in ids:
        r = pool.results[i]
        print(i, type(r).__name__, r)

asyncio.run(main())
