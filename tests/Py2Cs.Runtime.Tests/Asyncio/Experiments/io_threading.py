import asyncio
import concurrent.futures
import threading

def worker(n, results, lock):
    with lock:
        results.append((n, threading.current_thread().name))

def main_sync():
    results = []
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(i, results, lock)) for i in range(3)]
    threads.append(threading.Thread(target=worker, args=(9, results, lock), name="custom"))
    print([t.name for t in threads])
    print(threads[0].is_alive(), repr(threads[0]).startswith("<Thread(Thread-1 (worker), initial"))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))
    print(threads[0].is_alive(), threading.current_thread().name, threading.main_thread().name)
    print(threading.current_thread() is threading.main_thread())
    print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    r = threading.RLock()
    with r:
        with r:
            print("reentrant ok")
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = threading.Event()
    print(ev.is_set(), ev.wait(0.01))
    t = threading.Thread(target=lambda: (ev.wait(), print("event seen")))
    t.start()
    ev.set()
    t.join()
    print(ev.is_set())

    def boom():
        raise ValueError("in thread")
    t = threading.Thread(target=boom, name="bad")
    t.start()
    t.join()
    print("after failing thread", t.is_alive())

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(pow, 2, i) for i in range(5)]
        done, not_done = concurrent.futures.wait(futs)
        print(len(done), len(not_done), sorted(f.result() for f in done))
        print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
        print(list(ex.map(abs, [-1, -2, 3])))
    f = concurrent.futures.Future()
    print(f.done(), f.running())
    f.set_result(5)
    print(f.done(), f.result())

async def amain():
    loop = asyncio.get_running_loop()
    async def compute(x):
        await asyncio.sleep(0.01)
        return x * 10
    def feeder():
        fut = asyncio.run_coroutine_threadsafe(compute(4), loop)
        print("threadsafe result:", fut.result(timeout=5), type(fut).__module__)
        loop.call_soon_threadsafe(print, "called soon from", threading.current_thread().name)
    t = threading.Thread(target=feeder, name="feeder")
    t.start()
    await asyncio.to_thread(t.join)
    await asyncio.sleep(0.05)
    print("loop thread:", threading.current_thread().name)

main_sync()
asyncio.run(amain())
