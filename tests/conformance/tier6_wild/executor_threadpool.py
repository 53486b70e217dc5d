import asyncio
import concurrent.futures
import time

def blocking(n):
    time.sleep(0.01)
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking, n) for n in (10, 100, 1000)]
        print(await asyncio.gather(*futs))
    r = await loop.run_in_executor(None, blocking, 5)
    print(r)
    r2 = await asyncio.to_thread(blocking, 7)
    print(r2)
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(blocking, k) for k in (3, 4)]
        print(sorted(f.result() for f in concurrent.futures.as_completed(fs)))

asyncio.run(main())
