import asyncio

background_tasks = set()
finished = []

async def some_coro(param):
    await asyncio.sleep(0.04 * param)
    finished.append(param)
    return param * 10

async def main():
    for i in range(5, 0, -1):
        task = asyncio.create_task(some_coro(param=i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
        task.add_done_callback(lambda t: print("result", t.result(), "left", len(background_tasks)))
    print("spawned", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.01)
    print("finished order:", finished)

asyncio.run(main())
