import asyncio

async def long_running():
    await asyncio.sleep(10)
    return "done"

async def main():
    try:
        async with asyncio.timeout(0.05):
            await long_running()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")

    async with asyncio.timeout(None) as cm:
        print("expired?", cm.expired())
        await asyncio.sleep(0.01)
    print("ok no deadline")

    try:
        await asyncio.wait_for(long_running(), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    r = await asyncio.wait_for(asyncio.sleep(0.01, result="quick"), timeout=1)
    print(r)

asyncio.run(main())
