import asyncio

def set_result_later(fut, value):
    if not fut.done():
        fut.set_result(value)

def on_done(fut):
    print("callback saw:", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.call_later(0.02, set_result_later, fut, 42)
    print("waiting...")
    result = await fut
    print("got", result)

    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, ValueError("boom"))
    try:
        await fut2
    except ValueError as e:
        print("caught", repr(e))

    handle = loop.call_later(0.05, print, "never printed")
    handle.cancel()
    print("cancelled handle:", handle.cancelled())

    t = asyncio.ensure_future(asyncio.sleep(0.01, result="slept"))
    print(await t)
    await asyncio.sleep(0.06)
    print("done")

asyncio.run(main())
