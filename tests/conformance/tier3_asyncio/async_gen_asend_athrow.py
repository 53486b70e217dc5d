import asyncio


async def ticker(limit):
    try:
        for i in range(limit):
            received = yield i
            if received is not None:
                print(f"ticker got {received!r}")
            await asyncio.sleep(0.001)
    except GeneratorExit:
        print("ticker closing")
        raise
    finally:
        print("ticker finally")


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def main():
    async for v in ticker(3):
        print("tick", v)

    gen = ticker(10)
    print(await gen.__anext__())
    print(await gen.asend("hello"))
    print(await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")

    print([x async for x in squares(5)])
    print({x: x % 3 async for x in squares(4)})
    evens = [x async for x in squares(6) if x % 2 == 0]
    print(evens)

    g2 = squares(2)
    print(await anext(g2), await anext(g2), await anext(g2, "default"))

    async def athrow_demo():
        try:
            yield 1
        except ValueError as e:
            print("caught in gen:", e)
            yield 99
    g3 = athrow_demo()
    print(await g3.__anext__())
    print(await g3.athrow(ValueError("injected")))

asyncio.run(main())
