# Program classes deriving from logging.Handler: emit overrides the library's abstract method (the logger's
# own calls reach it), with and without an __init__ of their own, and a further subclass of one.
import asyncio
import logging


class Collecting(logging.Handler):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{self.prefix}{record.levelname}:{record.getMessage()}")


class Printing(logging.Handler):
    def emit(self, record):
        print("printed", record.levelname, record.getMessage())


class Shouting(Printing):
    def emit(self, record):
        record = record.getMessage().upper()
        print("shouted", record)


async def worker(log, n):
    await asyncio.sleep(0)
    log.info("job %d done", n)
    if n % 2:
        log.warning("job %d was odd", n)


async def main():
    log = logging.getLogger("jobs")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    collecting = Collecting(">> ")
    log.addHandler(collecting)
    log.addHandler(Printing(level=logging.WARNING))
    log.addHandler(Shouting(logging.ERROR))
    await asyncio.gather(*(worker(log, n) for n in range(3)))
    log.error("all %s", "finished")
    print("\n".join(collecting.lines))
    print(Printing().level, Shouting(level=logging.INFO).level)


asyncio.run(main())
