import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("pool")

async def work(i):
    log.debug("start %d", i)
    await asyncio.sleep(0.06 * (3 - i))
    if i == 1:
        log.warning("item %s is slow", i)
    log.info("finish %d", i)
    return i

async def main():
    res = await asyncio.gather(*(work(i) for i in range(3)))
    logging.getLogger("pool.summary").info("results=%s", res)
    log.error("done with %d errors", 0)

asyncio.run(main())
