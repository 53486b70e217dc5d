import asyncio

PAGES = {
    None: (["a", "b", "c"], "p2"),
    "p2": (["d", "e"], "p3"),
    "p3": (["f"], None),
}


class Paginator:
    """Walks a fake paginated API lazily."""

    def __init__(self, page_size_hint=3):
        self.cursor = None
        self.buffer = []
        self.exhausted = False
        self.requests = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            if self.exhausted:
                raise StopAsyncIteration
            await asyncio.sleep(0.001)
            self.requests += 1
            items, nxt = PAGES[self.cursor]
            self.buffer.extend(items)
            self.cursor = nxt
            self.exhausted = nxt is None
        return self.buffer.pop(0)


class Countdown:
    def __init__(self, start):
        self.start = start

    async def __aiter__(self):
        for i in range(self.start, 0, -1):
            await asyncio.sleep(0)
            yield i


async def take(aiterable, n):
    out = []
    it = aiter(aiterable)
    for _ in range(n):
        try:
            out.append(await anext(it))
        except StopAsyncIteration:
            break
    return out


async def main():
    p = Paginator()
    async for item in p:
        print(item, end=" ")
    print()
    print("requests:", p.requests)
    print(await take(Paginator(), 4))
    print(await take(Countdown(3), 10))
    async for n in Countdown(2):
        print("count", n)
    total = 0
    async for ch in Paginator():
        total += ord(ch)
    else:
        print("loop finished normally, total", total)

asyncio.run(main())
