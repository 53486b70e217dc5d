import asyncio

class EventBus:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.events = []

    async def publish(self, topic, payload):
        async with self.cond:
            self.events.append((topic, payload))
            self.cond.notify_all()

    async def subscribe(self, name, topic, count):
        seen = 0
        got = []
        async with self.cond:
            while len(got) < count:
                await self.cond.wait_for(lambda: len(self.events) > seen)
                for t, p in self.events[seen:]:
                    if t == topic:
                        got.append(p)
                seen = len(self.events)
        print(f"{name} got {got}")
        return got

async def main():
    bus = EventBus()
    subs = [asyncio.create_task(bus.subscribe("s1", "temp", 2)),
            asyncio.create_task(bus.subscribe("s2", "humidity", 1)),
            asyncio.create_task(bus.subscribe("s3", "temp", 3))]
    await asyncio.sleep(0)
    for topic, payload in [("temp", 20), ("humidity", 55), ("temp", 21), ("temp", 23)]:
        await bus.publish(topic, payload)
        await asyncio.sleep(0)
    res = await asyncio.gather(*subs)
    print(res)

asyncio.run(main())
