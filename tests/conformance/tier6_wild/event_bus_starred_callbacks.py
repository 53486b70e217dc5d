import asyncio
from collections import defaultdict

class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.loop = asyncio.get_running_loop()
    def on(self, topic):
        def deco(fn):
            self.handlers[topic].append(fn)
            return fn
        return deco
    def emit(self, topic, *args):
        for h in self.handlers[topic]:
            if asyncio.iscoroutinefunction(h):
                self.loop.create_task(h(*args))
            else:
                self.loop.call_soon(h, *args)

async def main():
    bus = Bus()
    seen = []
    @bus.on("order")
    def sync_handler(oid, qty):
        seen.append(("sync", oid, qty))
    @bus.on("order")
    async def async_handler(oid, qty):
        await asyncio.sleep(0)
        seen.append(("async", oid, qty))
    @bus.on("cancel")
    def on_cancel(oid):
        seen.append(("cancel", oid))
    bus.emit("order", 1, 5)
    bus.emit("cancel", 1)
    bus.emit("order", 2, 7)
    await asyncio.sleep(0.01)
    for s in seen:
        print(s)
    print(asyncio.iscoroutinefunction(sync_handler), asyncio.iscoroutinefunction(async_handler))
    print(sorted(bus.handlers), [h.__name__ for h in bus.handlers["order"]])

asyncio.run(main())
