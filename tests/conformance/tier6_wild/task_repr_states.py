import asyncio

async def work():
    await asyncio.sleep(0)
    return 5

async def main():
    t = asyncio.create_task(work(), name="worker-1")
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result())
    f = asyncio.get_running_loop().create_future()
    print(repr(f).split(" ")[0], f.done())
    f.set_result(3)
    print(repr(f))
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel()
    print(repr(f2), f2.cancelled())

asyncio.run(main())
