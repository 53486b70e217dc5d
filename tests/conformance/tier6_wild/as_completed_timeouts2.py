import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("fast", 0.01), ("mid", 0.1), ("slow", 5)]]
    done = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.5):
            done.append(await fut)
    except asyncio.TimeoutError:
        print("timeout after", done)
    for t in tasks:
        print(t.done(), t.cancelled())
    tasks[2].cancel()
    await asyncio.sleep(0)
    print(tasks[2].cancelled())
    it = asyncio.as_completed([job("x", 0.02), job("y", 0.01)])
    print([await f for f in it])

asyncio.run(main())
