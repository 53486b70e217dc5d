# loop.call_soon / call_later(f, *args): the starred arguments spread into the callback's call and are
# bound when it is scheduled, not when it runs.
import asyncio


class Svc:
    def __init__(self):
        self.log = []

    def tick(self, *ns):
        self.log.append(ns)


def beep(a, b=0):
    print("beep", a, b)


async def main():
    loop = asyncio.get_running_loop()
    s = Svc()
    args = (3, 4)
    loop.call_later(0.01, beep, *args)
    args = (5, 6)
    loop.call_soon(beep, *args)
    loop.call_soon(s.tick, *[7], 8)
    h = loop.call_soon(s.tick, 9)
    h.cancel()
    print(repr(h))
    await asyncio.sleep(0.05)
    print(s.log)


asyncio.run(main())
