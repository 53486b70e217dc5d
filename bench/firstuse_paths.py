"""First use of the asyncio and formatting paths that timer-driven programs hit first, timed by the program.

Runs under CPython and as a translation (`py2cs run bench/firstuse_paths.py`); prints `ok` on stdout and one
`first_use name=ms ...` line on stderr: the first asyncio.run, then inside one run the first create_task,
gather, Lock, Queue, Event, wait_for, formatted f-string and raised exception, and how late a 10 ms sleep
woke. Run it several times with the image in the compile cache (the second `py2cs run` on): that is the
case where nothing else in the process ran these paths before.
"""
import asyncio
import sys
import time

T = {}


class Boom(Exception):
    pass


async def nothing():
    return 1


async def child(ev):
    await ev.wait()
    return 2


async def main():
    t = time.perf_counter()
    task = asyncio.create_task(nothing())
    await task
    T["create_task"] = time.perf_counter() - t
    t = time.perf_counter()
    await asyncio.gather(nothing(), nothing())
    T["gather"] = time.perf_counter() - t
    t = time.perf_counter()
    lock = asyncio.Lock()
    async with lock:
        pass
    T["lock"] = time.perf_counter() - t
    t = time.perf_counter()
    q = asyncio.Queue()
    await q.put(1)
    await q.get()
    T["queue"] = time.perf_counter() - t
    t = time.perf_counter()
    ev = asyncio.Event()
    w = asyncio.create_task(child(ev))
    await asyncio.sleep(0)
    ev.set()
    await w
    T["event"] = time.perf_counter() - t
    t = time.perf_counter()
    await asyncio.wait_for(nothing(), 1)
    T["wait_for"] = time.perf_counter() - t
    t = time.perf_counter()
    s = f"{len(T):>3} {1.5:.2f} {'x'!r}"
    T["fstring"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        raise Boom("x")
    except Boom as e:
        s = str(e)
    T["exception"] = time.perf_counter() - t
    t = time.perf_counter()
    await asyncio.sleep(0.01)
    T["sleep10_over"] = time.perf_counter() - t - 0.01


t0 = time.perf_counter()
asyncio.run(nothing())
T0 = time.perf_counter() - t0
asyncio.run(main())
print("ok")
print("first_use run=%.3f " % (T0 * 1000) + " ".join("%s=%.3f" % (k, v * 1000) for k, v in T.items()), file=sys.stderr)
