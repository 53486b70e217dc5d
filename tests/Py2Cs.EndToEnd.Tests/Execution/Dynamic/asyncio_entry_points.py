# Entry points of asyncio as old and new programs call them: asyncio.run refusing what is not a
# coroutine, ensure_future(loop=...) before run_until_complete, and `except BaseExceptionGroup`
# catching the ExceptionGroup a TaskGroup raises (ExceptionGroup is a BaseExceptionGroup only by
# its Python bases).
import asyncio


async def answer():
    await asyncio.sleep(0)
    return 42


async def boom(n):
    await asyncio.sleep(0)
    raise RuntimeError(f"boom {n}")


async def group_of_two():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
    try:
        raise ExceptionGroup("plain", [ValueError(1)])
    except (KeyError, BaseExceptionGroup) as eg:
        print("tuple clause caught", type(eg).__name__)
    try:
        raise ValueError("not a group")
    except BaseExceptionGroup:
        print("wrong")
    except ValueError as e:
        print("skipped the group clause:", e)


try:
    asyncio.run(answer)
except ValueError as e:
    print(str(e).split(" at 0x")[0])
try:
    asyncio.run(7)
except ValueError as e:
    print(e)
print(asyncio.run(answer()))

loop = asyncio.new_event_loop()
fut = asyncio.ensure_future(answer(), loop=loop)
print(fut.done(), loop.run_until_complete(fut), fut.result())
loop.close()
asyncio.run(group_of_two())
