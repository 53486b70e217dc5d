"""A heartbeat scheduler that logs the handles it schedules, the way asyncio's debug output names them."""
import asyncio


class Heartbeat:
    def __init__(self, loop, name, every):
        self.loop = loop
        self.name = name
        self.every = every
        self.beats = []
        self.done = loop.create_future()
        self.handle = None

    def beat(self, n):
        self.beats.append(n)
        print(f"{self.name} beat {n}")
        if n == 3:
            self.done.set_result(len(self.beats))
        else:
            self.handle = self.loop.call_later(self.every, self.beat, n + 1)
            print("  next:", repr(self.handle).split(" when=")[0], repr(self.handle).split(" ", 2)[-1])

    def start(self):
        self.handle = self.loop.call_soon(self.beat, 1)
        return self.handle


def announce(label, count):
    print(f"announce {label} x{count}")


async def main():
    loop = asyncio.get_running_loop()
    hb = Heartbeat(loop, "hb", 0.01)
    first = hb.start()
    print(first)
    other = loop.call_soon(announce, "ready", 2)
    shout = loop.call_soon(print, "from print")
    print(shout)
    dropped = loop.call_soon(hb.beat, 99)
    dropped.cancel()
    print(dropped, dropped.cancelled())
    print("total beats:", await hb.done)
    print(hb.handle.cancelled(), hb.beats)


asyncio.run(main())
