import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print(f"connect {name}")
    try:
        yield f"conn:{name}"
    except ZeroDivisionError as e:
        print(f"rollback {name}: {e}")
    finally:
        print(f"disconnect {name}")

async def main():
    async with connection("a") as c:
        print("using", c)
    async with connection("b") as c:
        print("using", c)
        1 / 0
    print("after b")
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "xyz"]
        print(conns)
        stack.callback(print, "sync callback")
    try:
        async with connection("d"):
            raise KeyError("kd")
    except KeyError as e:
        print("escaped", e)
    with contextlib.suppress(ValueError):
        raise ValueError("ignored")
    print("end")

asyncio.run(main())
