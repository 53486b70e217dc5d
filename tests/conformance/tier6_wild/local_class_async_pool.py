import asyncio


async def main():
    class Job:
        def __init__(self, name, cost):
            self.name = name
            self.cost = cost
            self.done = False

        def __repr__(self):
            return f"Job({self.name!r}, cost={self.cost}, done={self.done})"

    class Pool:
        def __init__(self, size):
            self.size = size
            self.finished = []

        async def run_one(self, job):
            await asyncio.sleep(job.cost / 1000)
            job.done = True
            self.finished.append(job.name)

        async def run_all(self, jobs):
            sem = asyncio.Semaphore(self.size)

            async def guarded(j):
                async with sem:
                    await self.run_one(j)

            await asyncio.gather(*(guarded(j) for j in jobs))

    jobs = [Job("a", 30), Job("b", 10), Job("c", 20), Job("d", 5)]
    pool = Pool(1)
    await pool.run_all(jobs)
    print(pool.finished)
    print(jobs)
    print(all(j.done for j in jobs))


asyncio.run(main())
