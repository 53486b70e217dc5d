import asyncio

async def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    except GeneratorExit:
        print("accumulator closing at", total)
        raise
    finally:
        print("accumulator finally")

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("resilient caught", e)
            n = -100
        n += 1

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(7))
    await acc.aclose()
    r = resilient()
    print(await anext(r), await anext(r))
    print(await r.athrow(ValueError("reset")))
    print(await anext(r))
    await r.aclose()
    try:
        await anext(r)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    it = aiter(resilient())
    print(await anext(it))

asyncio.run(main())
