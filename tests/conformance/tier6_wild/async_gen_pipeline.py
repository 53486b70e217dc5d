import asyncio
from typing import AsyncIterator

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(src: AsyncIterator[int]) -> AsyncIterator[int]:
    async for x in src:
        yield x * x

async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x

async def main():
    total = 0
    async for v in evens(squares(numbers(10))):
        print("value", v)
        total += v
    print("total", total)
    lst = [x async for x in numbers(5)]
    print(lst)
    d = {x: x * 2 async for x in numbers(4) if x}
    print(d)
    s = {x % 3 async for x in numbers(7)}
    print(sorted(s))
    agen = numbers(3)
    print(await agen.__anext__())
    print(await anext(agen))
    print(await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(numbers(0), "default"))

asyncio.run(main())
