import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:{delay}"

async def fetch_with_deadline(name, delay, limit):
    try:
        async with asyncio.timeout(limit):
            return await fetch(name, delay)
    except TimeoutError:
        return f"{name}:timeout"

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_with_deadline(n, d, 0.3)) for n, d in [("x", 0.02), ("y", 0.8), ("z", 0.05)]]
    print([t.result() for t in tasks])
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("slow", 1))
                tg.create_task(fetch("slower", 2))
    except TimeoutError:
        print("outer timeout hit")
    try:
        await asyncio.wait_for(fetch("w", 1), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__)

asyncio.run(main())
