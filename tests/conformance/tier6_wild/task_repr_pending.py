import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), t.cancelled())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(repr(t).split(" coro=")[0])

asyncio.run(main())
