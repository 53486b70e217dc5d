import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    if name == "c":
        raise ValueError(name)
    return name.upper()

async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.05), ("b", 0.6), ("c", 0.1)]}
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception() is not None:
            print(t.get_name(), "failed with", repr(t.exception()))
        else:
            print(t.get_name(), "->", t.result())
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print(len(done2), len(pending2), [t.result() for t in done2])

asyncio.run(main())
