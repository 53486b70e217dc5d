import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    def cb(tag, f):
        order.append((tag, f.result()))
    fut.add_done_callback(functools.partial(cb, "a"))
    fut.add_done_callback(functools.partial(cb, "b"))
    removed = fut.remove_done_callback(functools.partial(cb, "a"))
    print("removed", removed)
    loop.call_soon(fut.set_result, 5)
    await fut
    await asyncio.sleep(0)
    print(order)
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad"))
    print(f2.exception())
    f3 = loop.create_future()
    f3.cancel("because")
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

asyncio.run(main())
