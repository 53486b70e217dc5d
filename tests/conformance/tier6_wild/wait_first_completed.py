import asyncio

async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name}@{delay}"

async def main() -> None:
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.3), ("b", 0.05), ("c", 0.6)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, timeout=0.4)
    print("done2:", sorted(t.result() for t in done2))
    print("still pending:", sorted(t.get_name() for t in pending2))
    for t in pending2:
        t.cancel()
    await asyncio.gather(*pending2, return_exceptions=True)
    print("all cancelled:", all(t.cancelled() for t in pending2))

    async def boom():
        await asyncio.sleep(0.01)
        raise RuntimeError("boom")
    ts = [asyncio.create_task(boom()), asyncio.create_task(job("z", 0.3))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

asyncio.run(main())
