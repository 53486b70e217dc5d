import asyncio


class Priority(int):
    NAMES = {0: "low", 1: "normal", 2: "high"}

    def __str__(self):
        return self.NAMES.get(int(self), f"p{int(self)}")


async def worker(queue, log):
    while True:
        prio, job = await queue.get()
        log.append((str(Priority(-prio)), job))
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for job, p in [("backup", Priority(0)), ("deploy", Priority(2)), ("email", Priority(1)), ("audit", Priority(3))]:
        await queue.put((-p, job))
    log = []
    task = asyncio.create_task(worker(queue, log))
    await queue.join()
    task.cancel()
    for prio, job in log:
        print(f"{job:8}{prio}")
    print(Priority(2) + Priority(1), Priority(2) > Priority(1), str(Priority(7)))


asyncio.run(main())
