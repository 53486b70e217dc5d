import asyncio


async def probe(name: str, delay: float, ok: bool = True) -> str:
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{name} unreachable")
    return name


async def main() -> None:
    pending = {asyncio.create_task(probe(n, d), name=n) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.05)]}
    order = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            order.append(t.result())
            print(f"finished {t.get_name()}, {len(pending)} left")
    print(order)

    tasks = [
        asyncio.create_task(probe("x", 0.01)),
        asyncio.create_task(probe("y", 0.02, ok=False)),
        asyncio.create_task(probe("z", 0.2)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_coro().__name__ for t in done), "pending:", len(pending))
    for t in tasks:
        if t.done() and t.exception() is not None:
            print("error:", t.exception())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    done, pending = await asyncio.wait([asyncio.create_task(probe("slow", 0.5))], timeout=0.02)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    print("all done")


asyncio.run(main())
