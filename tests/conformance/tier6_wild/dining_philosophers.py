import asyncio

async def philosopher(i, forks, meals, log):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for m in range(meals):
        async with first:
            async with second:
                log.append(i)
                await asyncio.sleep(0.001)
        await asyncio.sleep(0)
    return f"philosopher {i} ate {meals} meals"

async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    res = await asyncio.gather(*(philosopher(i, forks, 3, log) for i in range(n)))
    print("\n".join(res))
    print(len(log), {i: log.count(i) for i in range(n)})

asyncio.run(main())
