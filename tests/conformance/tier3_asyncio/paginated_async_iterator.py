import asyncio

PAGES = {1: ["a", "b", "c"], 2: ["d", "e"], 3: ["f"], 4: []}

async def fetch_page(n):
    await asyncio.sleep(0.001)
    return PAGES.get(n, [])

class Paginator:
    """Async iterator over every item of every page."""
    def __init__(self, fetch, start=1):
        self.fetch = fetch
        self.page = start
        self.buffer = []
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        while not self.buffer:
            if self.done:
                raise StopAsyncIteration
            self.buffer = list(await self.fetch(self.page))
            if not self.buffer:
                self.done = True
            self.page += 1
        return self.buffer.pop(0)

async def batched(aiterable, size):
    batch = []
    async for item in aiterable:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

async def main():
    items = [i async for i in Paginator(fetch_page)]
    print(items)
    async for b in batched(Paginator(fetch_page), 2):
        print("batch", b)
    upper = [s.upper() async for s in Paginator(fetch_page, start=2) if s != "e"]
    print(upper)
    p = Paginator(fetch_page)
    print(await p.__anext__(), p.page)

asyncio.run(main())
