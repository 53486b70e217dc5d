import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def worker(q: asyncio.PriorityQueue, done: list):
    while True:
        job = await q.get()
        try:
            await asyncio.sleep(0.001)
            done.append(job.name)
        finally:
            q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2"), (5, "later")]:
        await q.put(Job(p, n))
    done = []
    w = asyncio.create_task(worker(q, done))
    await q.join()
    w.cancel()
    print(done)
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    bq = asyncio.Queue(maxsize=2)
    bq.put_nowait(1)
    bq.put_nowait(2)
    print("full", bq.full(), bq.qsize())
    try:
        bq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull raised")
    bq.get_nowait(); bq.get_nowait()
    try:
        bq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    print(q.empty(), repr(bq)[:13])

asyncio.run(main())
