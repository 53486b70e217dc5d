import asyncio


async def worker(tag):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError as e:
        print(f"{tag} cancelled with args={e.args}")
        raise


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed cancellation")
        return "survived"


async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.025)
    t.cancel("shutdown requested")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", e.args, t.cancelled())

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0.01)
    s.cancel()
    print("swallow result:", await s, s.cancelled(), s.cancelling())

    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0.005)
    t2.cancel()
    t2.cancel()
    print("cancelling count:", t2.cancelling())
    await asyncio.gather(t2, return_exceptions=True)

    g = asyncio.gather(worker("g1"), worker("g2"))
    await asyncio.sleep(0.015)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    try:
        async with asyncio.timeout(0.02):
            await worker("timed")
    except TimeoutError as e:
        print("timeout ->", type(e).__name__, type(e.__context__).__name__)

asyncio.run(main())
