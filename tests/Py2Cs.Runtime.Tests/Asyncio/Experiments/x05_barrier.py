# asyncio.Barrier (3.11): all parties are released together; abort breaks waiters.
import asyncio

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    async def party(n, d):
        await asyncio.sleep(d)
        log.append(f"arrive{n}")
        index = await barrier.wait()
        log.append(f"pass{n}:{index}")
    await asyncio.gather(party(0, 0.02), party(1, 0.01), party(2, 0.03))
    print(log)
    print("n_waiting", barrier.n_waiting, "broken", barrier.broken, "parties", barrier.parties)
    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("lonely:", type(e).__name__, e)
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    await b2.abort()
    await t
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", e)

asyncio.run(main())
