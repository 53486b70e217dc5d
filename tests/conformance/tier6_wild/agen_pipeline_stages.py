import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def only_odd(src):
    async for x in src:
        if x % 2:
            yield x

async def batched(src, size):
    batch = []
    async for x in src:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

async def main():
    async for b in batched(only_odd(squares(numbers(12))), 2):
        print("batch", b)
    total = sum([x async for x in squares(numbers(5))])
    print("total", total)
    gen = numbers(100)
    first = [await gen.__anext__() for _ in range(3)]
    await gen.aclose()
    print(first)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

asyncio.run(main())
