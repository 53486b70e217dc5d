import asyncio

async def fail(kind, msg, delay=0.0):
    await asyncio.sleep(delay)
    raise kind(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError, "k1"))
        tg.create_task(fail(OSError, "disk"))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(ValueError, "v1"))
    except* OSError as eg:
        print("OSError group:", repr(eg.exceptions[0]) if len(eg.exceptions) == 1 else eg)
        for e in eg.exceptions:
            print(" nested:", type(e).__name__, [type(x).__name__ for x in getattr(e, "exceptions", [])])
    except* (KeyError, ValueError) as eg:
        leaves = []
        def walk(g):
            for x in g.exceptions:
                if isinstance(x, BaseExceptionGroup):
                    walk(x)
                else:
                    leaves.append(repr(x))
        walk(eg)
        print("kv leaves:", sorted(leaves))
    eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(match.message, len(match.exceptions), rest.exceptions)
    print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)

asyncio.run(main())
