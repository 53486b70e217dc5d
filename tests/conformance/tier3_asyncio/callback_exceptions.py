# An exception in a call_soon callback or a done callback is logged (stderr) and the loop goes on;
# an exception in a to_thread function reaches the awaiting task.
import asyncio

def bad_callback(tag):
    print("callback", tag)
    raise ValueError(f"boom {tag}")

def done_cb(fut):
    print("done callback sees", fut.result())
    raise KeyError("in done callback")

def blocking(x):
    if x < 0:
        raise ArithmeticError(f"negative {x}")
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    t = asyncio.ensure_future(asyncio.sleep(0, result=7))
    t.add_done_callback(done_cb)
    await t
    await asyncio.sleep(0.01)
    print("to_thread:", await asyncio.to_thread(blocking, 21))
    try:
        await asyncio.to_thread(blocking, -1)
    except ArithmeticError as e:
        print("to_thread raised", type(e).__name__, e)
    print("loop goes on")

asyncio.run(main())
