import asyncio

async def step(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    print(name, "ok")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("fetch", 0.01, False))
        tg.create_task(step("parse", 0.05, True))
        tg.create_task(step("store", 0.15, False))
    print("unreachable")

asyncio.run(main())
