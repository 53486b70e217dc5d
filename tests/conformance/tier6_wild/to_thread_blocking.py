import asyncio
import time
import threading

def blocking_io(n):
    time.sleep(0.01)
    return sum(range(n))

def named():
    return threading.current_thread().name != threading.main_thread().name

async def main():
    print(f"started main")
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 100),
        asyncio.to_thread(blocking_io, 1000),
        asyncio.sleep(0.01, result="slept"),
    )
    print(results)
    print("ran in other thread:", await asyncio.to_thread(named))
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_io, 10)
    print("executor:", r)
    def fail():
        raise KeyError("missing")
    try:
        await asyncio.to_thread(fail)
    except KeyError as e:
        print("caught", repr(e))

asyncio.run(main())
