# Done callbacks run in the contextvars context current when they were added.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="base")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    v.set("when-added")
    f.add_done_callback(lambda _: print("callback sees", v.get()))
    v.set("when-resolved")
    f.set_result(None)
    await asyncio.sleep(0)
    def cb(_):
        print("removed callback ran")
    f2 = loop.create_future()
    f2.add_done_callback(cb)
    print("removed:", f2.remove_done_callback(cb))
    f2.set_result(1)
    await asyncio.sleep(0)
    print(repr(f2))

asyncio.run(main())
