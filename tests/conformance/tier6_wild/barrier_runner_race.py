import asyncio

async def racer(name, barrier, log):
    log.append(f"{name} ready")
    idx = await barrier.wait()
    log.append(f"{name} go")
    return idx

async def main():
    log = []
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    res = await asyncio.gather(*(racer(n, barrier, log) for n in "xyz"))
    print(sorted(res))
    print(log)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("broken", b2.broken)
    await b2.reset()
    print(b2.broken)

asyncio.run(main())
