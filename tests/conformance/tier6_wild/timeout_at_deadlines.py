import asyncio

async def slow(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when ok:", cm.when() == deadline)
            await slow(5)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("when none:", cm2.when())
        cm2.reschedule(loop.time() + 5)
        r = await slow(0.01)
    print("got", r, cm2.expired())
    try:
        await asyncio.wait_for(slow(3), 0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, e.args)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
