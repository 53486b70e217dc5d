import asyncio

async def sleeper(n, out):
    await asyncio.sleep(n * 0.06)
    out.append(n)

async def main():
    data = [5, 1, 4, 2, 3]
    out = []
    await asyncio.gather(*[sleeper(n, out) for n in data])
    print("sorted by sleeping:", out)
    res = await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0, 'b'))
    print(res)
    res = await asyncio.gather()
    print(res)

asyncio.run(main())
