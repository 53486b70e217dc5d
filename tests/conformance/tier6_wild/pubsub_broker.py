import asyncio
from collections import defaultdict

class Broker:
    def __init__(self):
        self.subs = defaultdict(list)

    def subscribe(self, topic):
        q = asyncio.Queue()
        self.subs[topic].append(q)
        return q

    async def publish(self, topic, msg):
        for q in self.subs[topic]:
            await q.put(msg)

async def subscriber(name, q, out):
    while True:
        msg = await q.get()
        if msg is None:
            break
        out.append(f"{name} got {msg}")

async def main():
    broker = Broker()
    out = []
    subs = [
        asyncio.create_task(subscriber("alice", broker.subscribe("news"), out)),
        asyncio.create_task(subscriber("bob", broker.subscribe("news"), out)),
        asyncio.create_task(subscriber("carol", broker.subscribe("sports"), out)),
    ]
    for i in range(3):
        await broker.publish("news", f"headline {i}")
        await broker.publish("sports", f"score {i}")
        await asyncio.sleep(0)
    for topic in ("news", "sports"):
        await broker.publish(topic, None)
    await asyncio.gather(*subs)
    for line in sorted(out):
        print(line)
    print(dict((k, len(v)) for k, v in broker.subs.items()))

asyncio.run(main())
