import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("pool")

async def work(i):
    sub = logging.getLogger(f"pool.w{i}")
    sub.debug("start %d", i)
    await asyncio.sleep(0.01 * i)
    if i == 2:
        sub.warning("slow path for %s", i)
    sub.info("done %d", i)
    return i

async def main():
    log.info("launch")
    r = await asyncio.gather(*(work(i) for i in range(3)))
    log.info("results %s", r)
    log.setLevel(logging.WARNING)
    log.info("hidden")
    log.error("shown %r", "x")
    print(log.getEffectiveLevel(), logging.getLevelName(log.level))

asyncio.run(main())
