import asyncio
import threading
import time

def blocking_sum(n):
    time.sleep(0.01)
    return sum(range(n)), threading.current_thread() is threading.main_thread()

async def main():
    results = await asyncio.gather(*(asyncio.to_thread(blocking_sum, n) for n in (10, 100, 1000)))
    print(results)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_sum, 5)
    print(r)

asyncio.run(main())
