import asyncio

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1

class Paged:
    def __init__(self, data, page):
        self.data = data
        self.page = page
    def __aiter__(self):
        return PagedIter(self)

class PagedIter:
    def __init__(self, src):
        self.src = src
        self.pos = 0
    async def __anext__(self):
        if self.pos >= len(self.src.data):
            raise StopAsyncIteration
        chunk = self.src.data[self.pos:self.pos + self.src.page]
        self.pos += self.src.page
        return chunk

async def main():
    async for v in Countdown(3):
        print("tick", v)
    pages = [p async for p in Paged(list(range(7)), 3)]
    print(pages)
    total = 0
    it = Paged("abcdefgh", 3).__aiter__()
    print(await it.__anext__(), await anext(it))
    print(await anext(it, "END-not"), await anext(it, "END"))
    squares = {x: x * x async for x in Countdown(4) if x % 2 == 0}
    print(squares)
    try:
        await anext(Countdown(0))
    except StopAsyncIteration:
        print("empty countdown")

asyncio.run(main())
