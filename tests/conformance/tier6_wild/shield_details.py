import asyncio

async def critical(log):
    try:
        await asyncio.sleep(0.1)
        log.append("critical done")
        return "saved"
    except asyncio.CancelledError:
        log.append("critical cancelled")
        raise

async def main():
    log = []
    inner = asyncio.ensure_future(critical(log))
    outer = asyncio.shield(inner)
    async def canceller():
        await asyncio.sleep(0.01)
        outer.cancel()
    asyncio.create_task(canceller())
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print(outer.cancelled(), inner.cancelled(), inner.done())
    print(await inner)
    print(log)
    inner2 = asyncio.create_task(critical(log))
    sh = asyncio.shield(inner2)
    await asyncio.sleep(0.01)
    inner2.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield saw inner cancel", sh.cancelled())
    print(log)
    f = asyncio.get_running_loop().create_future()
    f.set_result(7)
    print(await asyncio.shield(f))

asyncio.run(main())
