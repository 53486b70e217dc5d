# Async generators: async for, asend, athrow, aclose, exceptions, asynccontextmanager, aclosing.
import asyncio, contextlib

async def ticks(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticks: finally")

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("echo got", x)
    except ValueError as e:
        print("echo caught", repr(e))
        yield "after-throw"
    finally:
        print("echo: finally", received)

async def failing():
    yield 1
    raise KeyError("gen-fail")

@contextlib.asynccontextmanager
async def managed(name):
    print(f"enter {name}")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"{name}: swallowed ZeroDivisionError")
    finally:
        print(f"exit {name}")

async def other(log):
    for i in range(3):
        log.append(f"other{i}")
        await asyncio.sleep(0)

async def main():
    async for v in ticks(3):
        print("got", v)
    g = echo()
    print("first:", await g.__anext__())
    print("asend a:", await g.asend("a"))
    print("asend b:", await g.asend("b"))
    print("athrow:", await g.athrow(ValueError("boom")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    f = failing()
    print("failing first:", await f.__anext__())
    try:
        await f.__anext__()
    except KeyError as e:
        print("failing raised", repr(e))
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("failing exhausted")
    async with managed("cm") as v:
        print("inside", v)
    async with managed("cm2") as v:
        print("inside", v)
        1 / 0
    print("after cm2")
    try:
        async with managed("cm3"):
            raise KeyError("k")
    except KeyError as e:
        print("cm3 propagated", repr(e))
    async with contextlib.aclosing(ticks(5)) as t:
        async for v in t:
            print("aclosing got", v)
            if v == 1:
                break
    print("after aclosing")
    # interleaving: the generator's awaits suspend the consuming task
    log = []
    o = asyncio.create_task(other(log))
    async for v in ticks(3):
        log.append(f"gen{v}")
    await o
    print(log)
    # break without aclose: the generator is closed by asyncio.run's shutdown_asyncgens
    async for v in ticks(10):
        if v == 0:
            break
    print("main done")

asyncio.run(main())
print("after run")
