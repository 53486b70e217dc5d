import asyncio
import re

def scrub(s):
    return re.sub(r"0x[0-9a-f]+", "0x?", s)

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    cond = asyncio.Condition()
    q = asyncio.Queue()
    for obj in (lock, ev, sem, cond, q):
        print(scrub(repr(obj)))
    await lock.acquire()
    ev.set()
    await sem.acquire()
    q.put_nowait("x")
    for obj in (lock, ev, sem, q):
        print(scrub(repr(obj)))
    print(str(q))
    lock.release()
    b = asyncio.Barrier(2)
    print(scrub(repr(b)))

asyncio.run(main())
