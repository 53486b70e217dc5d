import asyncio
import os
import signal

async def worker(n, stop):
    count = 0
    while not stop.is_set():
        count += 1
        await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    got = []
    def on_signal(signame):
        got.append(signame)
        stop.set()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "SIGUSR1")
    tasks = [asyncio.create_task(worker(i, stop)) for i in range(3)]
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    results = await asyncio.gather(*tasks)
    print("signals:", got)
    print("results:", results)
    print("removed:", loop.remove_signal_handler(signal.SIGUSR1))
    print("removed again:", loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.SIGUSR1.name, int(signal.SIGTERM))

asyncio.run(main())
