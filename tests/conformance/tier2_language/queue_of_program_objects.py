# Program objects in library containers: a priority queue of dataclass jobs with a retry that puts a
# job back, awaited through the queue's typed put; a job whose await result comes from a runtime call.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)


class Retry(Exception):
    def __init__(self, job):
        super().__init__(f"{job.name} needs another try")
        self.job = job


async def run(job):
    job.attempts += 1
    await asyncio.sleep(0)
    if job.priority % 2 == 0 and job.attempts == 1:
        raise Retry(job)
    return job.name.upper()


async def worker(q, done):
    while True:
        job = await q.get()
        try:
            done.append((job.name, await run(job)))
        except Retry as e:
            print("retry:", e)
            await q.put(job)
        finally:
            q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    jobs = [Job(p, f"job{p}") for p in (5, 2, 8, 1, 4)]
    for j in jobs:
        q.put_nowait(j)
    done = []
    w = asyncio.create_task(worker(q, done))
    await q.join()
    w.cancel()
    print(done)
    print(sorted(jobs))
    print([j.attempts for j in jobs], q.empty())
    waiting = [q.put(j) for j in jobs[:2]]
    for pending in waiting:
        await pending
    print(q.qsize(), (await q.get()).name)


asyncio.run(main())
