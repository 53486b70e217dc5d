import asyncio

class Paginator:
    def __init__(self, total, page_size):
        self.total = total
        self.page_size = page_size
        self.offset = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.offset >= self.total:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        page = list(range(self.offset, min(self.offset + self.page_size, self.total)))
        self.offset += self.page_size
        return page

async def main():
    pages = []
    async for page in Paginator(10, 4):
        print("page", page)
        pages.append(page)
    flat = [x for p in pages for x in p]
    print(sum(flat), len(pages))
    counts = [len(p) async for p in Paginator(7, 3)]
    print(counts)

asyncio.run(main())
