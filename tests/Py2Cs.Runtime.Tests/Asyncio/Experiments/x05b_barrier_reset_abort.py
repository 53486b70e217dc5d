import asyncio, re

def r(b):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(b))

async def main():
    b = asyncio.Barrier(3)
    print(r(b))
    log = []
    async def party(n):
        try:
            async with b as index:
                log.append(f"pass{n}:{index}")
        except asyncio.BrokenBarrierError as e:
            log.append(f"broken{n}:{e}")
    t1 = asyncio.create_task(party(1))
    t2 = asyncio.create_task(party(2))
    await asyncio.sleep(0)
    print(r(b), b.n_waiting)
    await b.reset()
    print(r(b), b.n_waiting, b.broken)
    await asyncio.gather(t1, t2)
    print(log, r(b))
    log.clear()
    ts = [asyncio.create_task(party(n)) for n in range(3)]
    await asyncio.gather(*ts)
    print(sorted(log), r(b))
    t = asyncio.create_task(party(9))
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(log[-1], r(b), b.n_waiting, b.broken)
    await b.reset()
    print(r(b), b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
