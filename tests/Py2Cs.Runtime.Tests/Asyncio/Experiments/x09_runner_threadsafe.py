# asyncio.Runner keeps one loop across run() calls; run_coroutine_threadsafe from another thread.
import asyncio, threading

async def which(tag):
    await asyncio.sleep(0)
    return f"{tag} in {asyncio.current_task().get_name()}"

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(which("first")))
    print(runner.run(which("second")))
    print("same loop:", runner.get_loop() is loop)
print("loop closed after with:", loop.is_closed())

async def main():
    loop = asyncio.get_running_loop()
    results = []
    def worker():
        fut = asyncio.run_coroutine_threadsafe(which("threadsafe"), loop)
        results.append(fut.result(timeout=5))
    t = threading.Thread(target=worker)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(results)
    async def boom():
        raise KeyError("remote")
    def worker2():
        fut = asyncio.run_coroutine_threadsafe(boom(), loop)
        try:
            fut.result(timeout=5)
        except KeyError as e:
            results.append(f"remote error {e!r}")
    t = threading.Thread(target=worker2)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(results[-1])

asyncio.run(main())
