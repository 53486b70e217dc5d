import asyncio

class Paginator:
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        start = self.page * self.page_size
        if start >= len(self.items):
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.page += 1
        return self.items[start:start + self.page_size]

async def main():
    async for page in Paginator(list(range(7)), 3):
        print("page", page)
    pages = [p async for p in Paginator("abcdefgh", 3)]
    print(pages)

asyncio.run(main())
