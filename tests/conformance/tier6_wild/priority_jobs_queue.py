import asyncio
import itertools


async def producer(q, counter):
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2"), (5, "bulk")]:
        await q.put((prio, next(counter), name))
    print("queued", q.qsize(), sorted(q._queue)[0])


async def consumer(q, cid, log):
    while True:
        prio, seq, name = await q.get()
        log.append((cid, prio, name))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    counter = itertools.count()
    log = []
    await producer(q, counter)
    workers = [asyncio.create_task(consumer(q, i, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    for entry in log:
        print(entry)
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("a")
    lq.put_nowait("b")
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("full", lq.full(), lq.get_nowait())


asyncio.run(main())
