import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.5), child("b", 0.5))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t1 = asyncio.create_task(child("c", 0.05))
    t2 = asyncio.create_task(child("d", 0.5))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.1)
    t2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 cancelled because a child was")
    print(t1.result(), t2.cancelled())
    async def fails():
        await asyncio.sleep(0.05)
        raise OSError("io")
    t3 = asyncio.create_task(child("e", 0.3))
    try:
        await asyncio.gather(fails(), t3)
    except OSError as e:
        print("first error propagates:", e)
    print("e still running:", not t3.done())
    print(await t3)

asyncio.run(main())
