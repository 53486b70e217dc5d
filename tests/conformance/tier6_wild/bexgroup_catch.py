import asyncio

async def boom(n):
    await asyncio.sleep(0)
    raise RuntimeError(f"boom {n}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", repr(e))
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except BaseExceptionGroup as eg:
        print("caught", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
        print(isinstance(eg, ExceptionGroup), isinstance(eg, Exception))

asyncio.run(main())
