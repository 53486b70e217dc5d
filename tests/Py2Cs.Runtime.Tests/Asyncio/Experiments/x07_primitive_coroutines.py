# Queue/Lock/Semaphore coroutines are lazy: run as tasks they act at the task's first step.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    put_a = q.put("a")                      # nothing happens until awaited
    print("after creating put coroutine:", q.qsize())
    t = asyncio.create_task(q.put("b"))     # runs at the task's first step
    print("after create_task(put):", q.qsize())
    await put_a
    print("after await put:", q.qsize())
    await asyncio.sleep(0)
    print("task blocked on full queue:", t.done(), q.qsize())
    print("get ->", await q.get())
    await asyncio.sleep(0)
    print("task done after a get:", t.done(), q.qsize())
    print("gather of gets:", await asyncio.gather(q.get(), asyncio.sleep(0.01, result="x")))
    lock = asyncio.Lock()
    acq = asyncio.create_task(lock.acquire())
    print("lock acquired before the task ran:", lock.locked())
    await asyncio.sleep(0)
    print("lock acquired by the task:", lock.locked(), acq.result())
    second = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("second acquire waiting:", not second.done())
    lock.release()
    await asyncio.sleep(0)
    print("second acquired:", second.done(), lock.locked())
    sem = asyncio.Semaphore(0)
    waiter = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    print("semaphore value after release with waiter:", sem._value)
    await waiter
    print("waiter acquired:", waiter.result(), sem._value)
    names = [q.get().__name__, lock.acquire().__name__]
    print("coroutine names:", names)

asyncio.run(main())
