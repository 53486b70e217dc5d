import asyncio

async def worker(name, queue, results):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        results.append((name, sleep_for))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    delays = [0.01 * ((i * 7) % 5 + 1) for i in range(12)]
    for d in delays:
        total_sleep_time += d
        queue.put_nowait(d)
    results = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, results))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    out = await asyncio.gather(*tasks, return_exceptions=True)
    print(len(results), 'items processed')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print([type(o).__name__ for o in out])
    print(sorted(round(d, 2) for _, d in results))

asyncio.run(main())
