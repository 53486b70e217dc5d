import asyncio
from dataclasses import dataclass, field
import itertools

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)

counter = itertools.count()

async def scheduler(q: asyncio.PriorityQueue, log):
    while True:
        job = await q.get()
        if job.name == "stop":
            q.task_done()
            return
        await asyncio.sleep(0)
        log.append(f"{job.priority}:{job.name}")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for prio, name in [(5, "backup"), (1, "alert"), (3, "report"), (1, "page"), (9, "cleanup")]:
        q.put_nowait(Job(prio, next(counter), name))
    print("queued", q.qsize())
    log = []
    await q.put(Job(100, next(counter), "stop"))
    await scheduler(q, log)
    await q.join()
    print(log)
    q.put_nowait((2, "tuple-b"))
    q.put_nowait((2, "tuple-a"))
    print(q.get_nowait(), q.get_nowait(), q.empty())

asyncio.run(main())
