import asyncio

async def phase_worker(i, barrier, log):
    log.append(f"w{i} before")
    pos = await barrier.wait()
    log.append(f"w{i} after")
    return pos

async def consumer(cond, items, name, out):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        out.append((name, items.pop(0)))

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    positions = await asyncio.gather(*(phase_worker(i, barrier, log) for i in range(3)))
    print(sorted(positions))
    print(log[:3] == sorted(log[:3]) or sorted(log[:3]), all("before" in x for x in log[:3]))
    print(barrier.n_waiting, barrier.parties, barrier.broken)

    cond = asyncio.Condition()
    items = []
    out = []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}", out)) for i in range(3)]
    await asyncio.sleep(0)
    for v in ["x", "y", "z"]:
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(sorted(out))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("barrier broken", b2.broken)

asyncio.run(main())
