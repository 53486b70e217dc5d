import asyncio

async def ticker(name):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
            await asyncio.sleep(0)
    finally:
        print(f"ticker {name} closed")

async def main():
    async for t in ticker("a"):
        print(t)
        if t.endswith("2"):
            break
    gen = ticker("b")
    print(await gen.asend(None))
    print(await gen.__anext__())
    await gen.aclose()
    print("after aclose")
    async def echo():
        received = None
        while True:
            received = yield f"echo:{received}"
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.asend(42))
    await e.aclose()

asyncio.run(main())
