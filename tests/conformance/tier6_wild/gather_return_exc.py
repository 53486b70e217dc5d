import asyncio

async def maybe(n):
    await asyncio.sleep(0.01 * n)
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n

async def main():
    results = await asyncio.gather(*[maybe(i) for i in range(1, 7)], return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    ok = [r for r in results if not isinstance(r, Exception)]
    print("ok sum", sum(ok))
    try:
        await asyncio.gather(maybe(1), maybe(3))
    except ValueError as e:
        print("first error:", e)

asyncio.run(main())
