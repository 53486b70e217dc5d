import asyncio

async def whoami(delay):
    await asyncio.sleep(delay)
    t = asyncio.current_task()
    return t.get_name()

async def main():
    t1 = asyncio.create_task(whoami(0.01), name="alpha")
    t2 = asyncio.create_task(whoami(0.02))
    t2.set_name("beta")
    print(await t1, await t2)
    print(asyncio.current_task().get_name() is not None)
    t3 = asyncio.create_task(asyncio.sleep(0.01))
    print(len(asyncio.all_tasks()) >= 2)
    await t3
    print(t3.done(), t3.result(), t3.exception())
    def on_done(fut):
        print("done callback, result =", fut.result())
    t4 = asyncio.create_task(whoami(0), name="gamma")
    t4.add_done_callback(on_done)
    await t4
    await asyncio.sleep(0)
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_exception(ValueError("bad"))
    print(repr(f.exception()))

asyncio.run(main())
