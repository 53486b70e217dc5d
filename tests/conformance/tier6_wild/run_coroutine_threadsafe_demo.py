import asyncio
import threading

async def compute(x):
    await asyncio.sleep(0.01)
    return x * x

def thread_body(loop, results):
    futs = [asyncio.run_coroutine_threadsafe(compute(i), loop) for i in range(4)]
    results.extend(f.result(timeout=5) for f in futs)
    loop.call_soon_threadsafe(print, "hello from thread callback")

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=thread_body, args=(loop, results), name="feeder")
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    t.join()
    await asyncio.sleep(0.01)
    print(results)

asyncio.run(main())
