# contextlib.AsyncExitStack: LIFO unwinding, suppression, callbacks.
import asyncio, contextlib

@contextlib.asynccontextmanager
async def res(name, log, suppress=False):
    log.append(f"open {name}")
    try:
        yield name
    except Exception as e:
        log.append(f"{name} saw {e!r}")
        if not suppress:
            raise
    finally:
        log.append(f"close {name}")

async def main():
    log = []
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(res("a", log))
        b = await stack.enter_async_context(res("b", log))
        async def cb(msg): log.append(msg)
        stack.push_async_callback(cb, "async callback")
        stack.callback(log.append, "sync callback")
        log.append(f"body {a}{b}")
    print(log)
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(res("outer", log, suppress=True))
        await stack.enter_async_context(res("inner", log))
        raise ValueError("boom")
    print(log)
    log.clear()
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(res("x", log))
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e), log)

asyncio.run(main())
