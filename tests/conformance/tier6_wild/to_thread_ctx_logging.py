import asyncio
import contextvars
import json
import logging
import os
import sys
import tempfile
import threading

request_id = contextvars.ContextVar("request_id", default="-")
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("jobs")


def write_report(path, payload):
    # runs in a worker thread; the context is copied by to_thread
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, sort_keys=True)
    return request_id.get(), threading.current_thread() is threading.main_thread()


async def job(folder, n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.05 * n)
    path = os.path.join(folder, f"r{n}.json")
    rid, on_main = await asyncio.to_thread(write_report, path, {"n": n, "sq": n * n, "tags": ["x"] * n})
    log.debug("job %d done", n)
    return path, rid, on_main


async def main():
    with tempfile.TemporaryDirectory() as folder:
        done = await asyncio.gather(*(job(folder, n) for n in (3, 1, 2)))
        paths = []
        for path, rid, on_main in done:
            log.info("wrote %s via %s (main=%s)", os.path.basename(path), rid, on_main)
            paths.append(path)
        log.warning("outer context still %s", request_id.get())
        for p in paths:
            with open(p, encoding="utf-8") as fh:
                data = json.load(fh)
            print(os.path.basename(p), data)
        with open(paths[-1]) as fh:
            print(fh.read())
        log.debug("hidden")


asyncio.run(main())
