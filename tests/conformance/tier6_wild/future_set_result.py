import asyncio

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done before:", fut.done())
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.result()))
    loop.create_task(set_after(fut, 0.02, "... world"))
    print("hello ...")
    print(await fut)
    print("done after:", fut.done())
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    try:
        await f2
    except KeyError as e:
        print("caught", repr(e))
    f3 = loop.create_future()
    f3.cancel()
    print("cancelled:", f3.cancelled())
    try:
        f3.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
