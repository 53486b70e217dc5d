import asyncio

async def slow_op(n):
    await asyncio.sleep(n)
    return n

async def main():
    try:
        async with asyncio.timeout(0.02):
            await slow_op(0.1)
    except TimeoutError:
        print("timeout() expired")

    async with asyncio.timeout(0.1) as cm:
        r = await slow_op(0.01)
    print("result", r, "expired:", cm.expired())

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await slow_op(0.2)
    except TimeoutError as e:
        print("rescheduled timeout hit", type(e).__name__)

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except asyncio.TimeoutError:
        print("timeout_at hit")

    try:
        await asyncio.wait_for(slow_op(0.5), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for:", repr(e))
    print(await asyncio.wait_for(slow_op(0.01), timeout=None))

asyncio.run(main())
