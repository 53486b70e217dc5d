import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")

async def main():
    log = []
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n, log)) for n in ("db", "cache", "queue")]
        stack.callback(log.append, "sync callback")
        async def acb(x):
            log.append(f"async callback {x}")
        stack.push_async_callback(acb, 42)
        print(names)
    print("\n".join(log))
    log.clear()
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("a", log))
            await stack.enter_async_context(resource("b", log))
            raise ValueError("fail inside")
    except ValueError as e:
        print("caught", e)
    print(log)
    log.clear()
    async with AsyncExitStack() as outer:
        await outer.enter_async_context(resource("x", log))
        moved = outer.pop_all()
    print(log)
    await moved.aclose()
    print(log)

asyncio.run(main())
