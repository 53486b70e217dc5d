import asyncio


async def slow(n):
    await asyncio.sleep(n)
    return n


async def with_timeout():
    try:
        async with asyncio.timeout(0.05):
            await slow(1)
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")


async def reschedule():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            new_deadline = loop.time() + 0.03
            cm.reschedule(new_deadline)
            print("expired before?", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    print("expired after?", cm.expired())


async def wait_for_demo():
    try:
        await asyncio.wait_for(slow(1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timeout:", type(e).__name__)
    r = await asyncio.wait_for(slow(0.01), timeout=1)
    print("wait_for ok:", r)


with asyncio.Runner() as runner:
    runner.run(with_timeout())
    runner.run(reschedule())
    runner.run(wait_for_demo())
    loop = runner.get_loop()
    print("closed inside?", loop.is_closed())
print("closed after?", loop.is_closed())
