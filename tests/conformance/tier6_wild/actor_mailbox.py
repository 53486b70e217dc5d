import asyncio

class Actor:
    def __init__(self, name):
        self.name = name
        self.mailbox = asyncio.Queue()
        self.task = None

    def start(self):
        self.task = asyncio.create_task(self.loop())

    async def loop(self):
        while True:
            msg, reply = await self.mailbox.get()
            if msg is None:
                break
            result = await self.handle(msg)
            if reply is not None:
                reply.set_result(result)

    async def ask(self, msg):
        fut = asyncio.get_running_loop().create_future()
        await self.mailbox.put((msg, fut))
        return await fut

    async def tell(self, msg):
        await self.mailbox.put((msg, None))

class CounterActor(Actor):
    def __init__(self, name):
        super().__init__(name)
        self.count = 0

    async def handle(self, msg):
        kind, amount = msg
        if kind == "add":
            self.count += amount
        elif kind == "get":
            return self.count
        return None

async def main():
    c = CounterActor("counter")
    c.start()
    for i in range(5):
        await c.tell(("add", i))
    print("count =", await c.ask(("get", 0)))
    await c.tell(("add", 100))
    print("count =", await c.ask(("get", 0)))
    await c.mailbox.put((None, None))
    await c.task
    print("actor finished", c.task.done())

asyncio.run(main())
