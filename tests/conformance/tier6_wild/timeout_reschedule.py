import asyncio

async def slow_stream(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield i

async def main():
    loop = asyncio.get_running_loop()
    got = []
    try:
        async with asyncio.timeout(10) as cm:
            async for x in slow_stream(100):
                got.append(x)
                if x == 2:
                    cm.reschedule(loop.time() + 0.12)
    except TimeoutError:
        print("timed out after", len(got) >= 3)
    print(cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() + 0.06):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at", type(e).__name__, e.__class__ is asyncio.TimeoutError)
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner saw cancellation")
            raise
    try:
        await asyncio.wait_for(inner(), 0.05)
    except TimeoutError:
        print("wait_for -> TimeoutError")

asyncio.run(main())
