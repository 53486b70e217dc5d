import asyncio

async def batcher(q, size, out):
    batch = []
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        batch.append(item)
        q.task_done()
        if len(batch) >= size:
            out.append(tuple(batch))
            batch.clear()
    if batch:
        out.append(tuple(batch))

async def producer(q, items):
    for it in items:
        await q.put(it)
    await q.put(None)

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    await asyncio.gather(producer(q, range(11)), batcher(q, 4, out))
    print(out)
    print(q.empty(), q.full(), q.maxsize, q.qsize())
    q2 = asyncio.Queue(2)
    q2.put_nowait("x")
    q2.put_nowait("y")
    try:
        q2.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull", q2.qsize())
    print(repr(q2) .startswith("<Queue"))
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait((p, name))
    print([pq.get_nowait()[1] for _ in range(3)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
