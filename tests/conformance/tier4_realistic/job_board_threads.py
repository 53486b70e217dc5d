"""Print shop job board: an asyncio front desk takes orders, a pool of printer threads works
through a priority queue, and results come back through a plain queue.Queue."""
import asyncio
import queue
import threading
import uuid
from dataclasses import dataclass, field

SHOP = uuid.uuid5(uuid.NAMESPACE_DNS, "print-shop.example.com")


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    customer: str = field(compare=False)
    pages: int = field(compare=False)
    job_id: uuid.UUID = field(compare=False, default=None)


def printer(name, jobs, done):
    while True:
        job = jobs.get()
        if job.customer == "<stop>":
            jobs.task_done()
            break
        done.put((job.seq, name, str(job.job_id)[:8], job.customer, job.pages * 3))
        jobs.task_done()


async def front_desk(orders, jobs):
    for seq, (customer, pages, rush) in enumerate(orders):
        await asyncio.sleep(0.001)
        job_id = uuid.uuid3(SHOP, f"{customer}/{seq}")
        jobs.put(Job(0 if rush else 1, seq, customer, pages, job_id))
    return len(orders)


async def main():
    jobs = queue.PriorityQueue()
    done = queue.Queue()
    orders = [("ada", 12, False), ("bo", 3, True), ("cy", 40, False), ("di", 1, True), ("ed", 7, False)]
    taken = await front_desk(orders, jobs)
    print("shop id:", SHOP, "version", SHOP.version)
    print("queued:", taken, "waiting:", jobs.qsize(), "full:", jobs.full())
    workers = [threading.Thread(target=printer, args=(f"p{i}", jobs, done)) for i in range(2)]
    for w in workers:
        w.start()
    for i in range(len(workers)):
        jobs.put(Job(9, 100 + i, "<stop>", 0))
    await asyncio.to_thread(jobs.join)
    for w in workers:
        w.join()
    results = []
    while True:
        try:
            results.append(done.get_nowait())
        except queue.Empty:
            break
    for seq, _printer, short_id, customer, seconds in sorted(results):
        print(f"#{seq} {customer:<3} {short_id} {seconds:>4}s")
    print("total seconds:", sum(r[-1] for r in results), "empty:", done.empty())
    try:
        done.get(timeout=0.02)
    except queue.Empty:
        print("nothing left after waiting")
    ids = {uuid.uuid3(SHOP, f"{c}/{i}") for i, (c, _, _) in enumerate(orders)}
    print(len(ids), "distinct ids;", uuid.UUID(str(min(ids))) == min(ids))


asyncio.run(main())
