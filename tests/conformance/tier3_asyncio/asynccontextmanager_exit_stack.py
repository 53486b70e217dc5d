import asyncio
from contextlib import asynccontextmanager, AsyncExitStack


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def connect(self):
        await asyncio.sleep(0.001)
        self.open = True
        print(f"connect {self.name}")

    async def close(self):
        await asyncio.sleep(0.001)
        self.open = False
        print(f"close {self.name}")


@asynccontextmanager
async def connection(name):
    conn = Connection(name)
    await conn.connect()
    try:
        yield conn
    except ZeroDivisionError as e:
        print(f"{name} swallowing {e!r}")
    finally:
        await conn.close()


@asynccontextmanager
async def timing(label):
    print(f"enter {label}")
    yield label.upper()
    print(f"exit {label}")


async def main():
    async with connection("db") as c:
        print("using", c.name, c.open)

    async with connection("cache") as c:
        1 / 0
    print("after swallowed")

    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(f"pool{i}")) for i in range(3)]
        label = await stack.enter_async_context(timing("batch"))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback ran")
        print("opened", [c.name for c in conns], label)

    try:
        async with connection("bad") as c:
            raise KeyError("nope")
    except KeyError as e:
        print("propagated", e)

    async with timing("a") as a, timing("b") as b:
        print(a, b)

asyncio.run(main())
