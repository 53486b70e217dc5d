import asyncio

async def main():
    class Msg:
        counter = 0
        def __init__(self, body):
            Msg.counter += 1
            self.id = Msg.counter
            self.body = body
        def __repr__(self):
            return f"<Msg #{self.id} {self.body}>"

    q = asyncio.Queue()
    seen = []

    async def producer():
        for word in "alpha beta gamma delta".split():
            await q.put(Msg(word))
        await q.put(None)

    async def consumer():
        while True:
            m = await q.get()
            if m is None:
                break
            seen.append(m)

    await asyncio.gather(producer(), consumer())
    print(seen)
    print("made", Msg.counter)

asyncio.run(main())
