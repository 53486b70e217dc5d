# Cancellation inside the synchronisation primitives (locks.py / queues.py, 3.11.7).
import asyncio

async def main():
    log = []
    # Lock: a waiter woken by release() but cancelled before it runs passes the lock on.
    lock = asyncio.Lock()
    await lock.acquire()
    async def locker(n):
        try:
            async with lock:
                log.append(f"lock{n}")
        except asyncio.CancelledError:
            log.append(f"lock{n}-cancelled")
            raise
    a = asyncio.create_task(locker("A")); b = asyncio.create_task(locker("B"))
    await asyncio.sleep(0)
    lock.release()          # wakes A
    a.cancel()              # A is cancelled before it runs -> B must get the lock
    await asyncio.gather(a, b, return_exceptions=True)
    print("Lock:", log, "locked:", lock.locked())

    # Semaphore: a waiter handed a slot and then cancelled gives the slot back.
    log.clear()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    async def semw(n):
        try:
            async with sem:
                log.append(f"sem{n}")
        except asyncio.CancelledError:
            log.append(f"sem{n}-cancelled")
            raise
    a = asyncio.create_task(semw("A")); b = asyncio.create_task(semw("B"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("Semaphore:", log, "value:", sem._value, "locked:", sem.locked())

    # Queue: a getter woken by put_nowait but cancelled wakes the next getter.
    log.clear()
    q = asyncio.Queue()
    async def getter(n):
        try:
            log.append((n, await q.get()))
        except asyncio.CancelledError:
            log.append(f"get{n}-cancelled")
            raise
    a = asyncio.create_task(getter("A")); b = asyncio.create_task(getter("B"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("Queue:", log, "qsize:", q.qsize())

    # Condition: a cancelled wait() re-acquires the lock before raising.
    log.clear()
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(f"wait cancelled, lock held: {cond.locked()}")
                raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    w.cancel()
    await asyncio.sleep(0)
    log.append("main releases")
    cond.release()
    await asyncio.gather(w, return_exceptions=True)
    print("Condition:", log, "locked:", cond.locked())

    # Event: a cancelled wait leaves no waiter behind.
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    print("Event wait cancelled:", await asyncio.gather(t, return_exceptions=True), "waiters:", len(ev._waiters))

    # wait_for cancelled after the inner task finished returns the result (swallows the cancel)
    async def quick():
        return "quick-result"
    async def outer():
        inner = asyncio.ensure_future(quick())
        await asyncio.sleep(0)
        asyncio.current_task().cancel()
        return await asyncio.wait_for(inner, 1)
    print("wait_for with finished inner:", await asyncio.gather(asyncio.create_task(outer()), return_exceptions=True))

asyncio.run(main())
