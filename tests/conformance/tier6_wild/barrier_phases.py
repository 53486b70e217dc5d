import asyncio

async def worker(name, barrier, log):
    for phase in range(3):
        log.append(f"{name}:{phase}")
        idx = await barrier.wait()
        if idx == 0:
            log.append(f"-- phase {phase} complete")

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(*(worker(n, barrier, log) for n in "xyz"))
    for line in log:
        print(line)
    await barrier.abort()
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError")

asyncio.run(main())
