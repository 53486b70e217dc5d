import asyncio

async def greet(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)
    return len(name)

loop = asyncio.new_event_loop()
try:
    tasks = [loop.create_task(greet(n, d)) for n, d in [("bob", 0.06), ("al", 0.01)]]
    results = loop.run_until_complete(asyncio.gather(*tasks))
    print(results)
    fut = asyncio.ensure_future(greet("zed", 0), loop=loop)
    loop.run_until_complete(fut)
    print(fut.result())
    print(loop.is_running())
finally:
    loop.close()
