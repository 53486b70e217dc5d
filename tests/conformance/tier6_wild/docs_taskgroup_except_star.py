import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n * 10

async def bad_value(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad value {n}")

async def bad_type():
    await asyncio.sleep(0.2)
    raise TypeError("bad type")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok(1))
            tg.create_task(bad_value(3))
            tg.create_task(bad_type())
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    print("t1 result", t1.result())

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(ok(i)) for i in range(4)]
    print([t.result() for t in tasks])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_value(1))
            slow = tg.create_task(asyncio.sleep(5))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print("slow cancelled:", slow.cancelled())

asyncio.run(main())
