import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        self.open = True
        print(f"open {self.name}")
        return self

    async def __aexit__(self, *exc):
        self.open = False
        print(f"close {self.name} exc={exc[0].__name__ if exc[0] else None}")

async def worker(name):
    async with Resource(name) as r:
        try:
            while True:
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            print(f"{name} cancelled, cleaning up")
            await asyncio.sleep(0)
            raise
        finally:
            print(f"{name} finally")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed cancel")
        return "survived"

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.05)
    t.cancel("shutdown")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(t.cancelled(), t.done())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, s.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print("cancel returns", t2.cancel(), t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")
    print("cancel done task", t2.cancel())

asyncio.run(main())
