import asyncio

async def commit(log):
    await asyncio.sleep(0.1)
    log.append("committed")
    return "ok"

async def handler(log):
    inner = asyncio.ensure_future(commit(log))
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("handler cancelled")
        result = await inner
        log.append("inner still finished: " + result)
        raise

async def main():
    log = []
    t = asyncio.create_task(handler(log))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: task cancelled")
    print("\n".join(log))

asyncio.run(main())
