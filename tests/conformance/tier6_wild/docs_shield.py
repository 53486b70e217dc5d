import asyncio

log = []

async def important(name):
    try:
        await asyncio.sleep(0.1)
        log.append(f"{name} finished")
        return name.upper()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def caller(name):
    return await asyncio.shield(important(name))

async def main():
    inner = asyncio.ensure_future(important("inner"))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.02)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer was cancelled")
    print("inner cancelled?", inner.cancelled())
    res = await inner
    print("inner result", res)
    print(log)

asyncio.run(main())
