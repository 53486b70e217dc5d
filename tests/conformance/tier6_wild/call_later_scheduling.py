import asyncio

def cb(label, out):
    out.append(label)
    print("callback", label)

async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_soon(cb, "soon-1", out)
    loop.call_later(0.05, cb, "later-50", out)
    loop.call_later(0.02, cb, "later-20", out)
    h = loop.call_later(0.03, cb, "cancelled", out)
    loop.call_at(loop.time() + 0.08, cb, "at-80", out)
    loop.call_soon(cb, "soon-2", out)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.15)
    print(out)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)
    done = asyncio.Event()
    loop.call_soon(done.set)
    await done.wait()
    print("event set", done.is_set())

asyncio.run(main())
