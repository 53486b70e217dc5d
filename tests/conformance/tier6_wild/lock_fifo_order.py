import asyncio

async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(critical(lock, n, log)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
