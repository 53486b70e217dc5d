import asyncio
import random

random.seed(7)

async def producer(q, n, pid):
    for i in range(n):
        item = (pid, i, random.randint(1, 100))
        await q.put(item)
    await q.put(None)

async def consumer(q, nproducers):
    finished = 0
    total = 0
    count = 0
    while finished < nproducers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        total += item[2]
        count += 1
    return count, total

async def main():
    q = asyncio.Queue(maxsize=3)
    c = asyncio.create_task(consumer(q, 3))
    await asyncio.gather(*(producer(q, 5, p) for p in range(3)))
    count, total = await c
    print(f"consumed {count} items, total {total}")
    print("queue empty:", q.empty())

asyncio.run(main())
