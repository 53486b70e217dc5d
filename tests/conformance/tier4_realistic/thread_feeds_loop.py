# A plain thread produces work for the event loop: it submits coroutines with
# run_coroutine_threadsafe (and waits on their concurrent futures), and signals the end with
# call_soon_threadsafe; the loop consumes from an asyncio.Queue.
# features: threading.Thread(target, args, name), start/join/is_alive, threading.Lock,
# current_thread().name, main_thread(), asyncio.run_coroutine_threadsafe, Future.result(timeout),
# loop.call_soon_threadsafe, asyncio.to_thread, asyncio.Queue
import asyncio
import threading

log_lock = threading.Lock()
log = []


def note(text):
    with log_lock:
        log.append(text)


def producer(loop, queue, count):
    note(f"producer on {threading.current_thread().name}")
    for i in range(count):
        future = asyncio.run_coroutine_threadsafe(queue.put(i * i), loop)
        future.result(timeout=5)
    done = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="slept"), loop)
    note(f"sleep result {done.result(timeout=5)}")
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, queue, 5), name="feeder")
    print("before start:", thread.is_alive())
    thread.start()
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        print("consumed", item, "on", threading.current_thread().name)
    await asyncio.to_thread(thread.join)
    print("after join:", thread.is_alive())
    print("total", total)
    print("\n".join(log))
    print(threading.current_thread() is threading.main_thread())


asyncio.run(main())
