# Standard-library pieces async programs reach for: base64 and memoryview on a framed buffer,
# time.gmtime/strftime/perf_counter, sys.platform/version_info, threading.RLock/get_ident and
# concurrent.futures.wait/as_completed next to the loop.
import asyncio
import base64
import concurrent.futures as cf
import sys
import threading
import time

FRAME = bytearray(b"\x03abc\x02de\x04fghi")


async def split_frames(buf: bytearray) -> list:
    view = memoryview(buf)
    frames, pos = [], 0
    while pos < len(view):
        size = view[pos]
        frames.append(bytes(view[pos + 1:pos + 1 + size]))
        pos += 1 + size
        await asyncio.sleep(0)
    return frames


async def encode_all(frames):
    out = []
    for f in frames:
        await asyncio.sleep(0)
        out.append(base64.b64encode(f).decode("ascii"))
    return out


lock = threading.RLock()
seen_threads = set()


def tally(n):
    with lock:
        with lock:  # re-entrant: the same thread takes it twice
            seen_threads.add(threading.get_ident())
    time.sleep(0.01)
    return n * n


async def main():
    frames = await split_frames(FRAME)
    print(frames)
    coded = await encode_all(frames)
    print(coded, [base64.b64decode(c) for c in coded])
    print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b16encode(b"\x01\xab"))
    try:
        base64.b64decode("abc")
    except Exception as exc:
        print(type(exc).__name__, exc)

    view = memoryview(FRAME)
    view[1:4] = b"XYZ"
    print(FRAME[:4], view[1], len(view), view.nbytes, view.readonly, view.tolist()[:4])
    print(memoryview(b"ro").readonly, bytes(memoryview(b"abcdef")[::2]), view[-1])
    try:
        memoryview(b"ro")[0] = 1
    except TypeError as exc:
        print("TypeError:", exc)

    for ts in (0, 951782400, 1700000000):
        g = time.gmtime(ts)
        print(time.strftime("%Y-%m-%d %H:%M:%S %a %j", g), g.tm_wday, g.tm_yday, g.tm_isdst)
    print(tuple(time.gmtime(86400))[:6])
    print(sys.platform, sys.version_info >= (3, 8), sys.version_info[:1], sys.version_info.major)
    t0 = time.perf_counter()
    await asyncio.sleep(0.05)
    print("slept at least 40 ms:", time.perf_counter() - t0 >= 0.04)

    loop = asyncio.get_running_loop()
    main_ident = threading.get_ident()
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(tally, n) for n in range(4)]
        done, pending = cf.wait(futures)
        print(len(done), len(pending), sorted(f.result() for f in cf.as_completed(futures)))
        print(await loop.run_in_executor(pool, tally, 9))
    print(main_ident not in seen_threads, threading.get_ident() == main_ident)
    print(threading.main_thread() is threading.current_thread())


asyncio.run(main())
