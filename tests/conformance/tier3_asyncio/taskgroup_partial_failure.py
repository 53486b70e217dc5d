import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} done")
        return name.upper()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main() -> None:
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("alpha", 0.01))
            t2 = tg.create_task(fetch("beta", 0.03, fail=True))
            t3 = tg.create_task(fetch("gamma", 0.1))
            results["alpha"] = t1
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("caught:", exc)
    print("t1 result:", t1.result())
    print("t3 cancelled:", t3.cancelled())
    print("t2 exception:", repr(t2.exception()))

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(f"job{i}", 0.01 * (i + 1))) for i in range(3)]
    print([t.result() for t in tasks])


asyncio.run(main())
