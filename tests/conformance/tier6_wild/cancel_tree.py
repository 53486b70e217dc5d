import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"  leaf {name} cancelled")
        raise

async def branch(name, n):
    children = [asyncio.create_task(leaf(f"{name}.{i}")) for i in range(n)]
    try:
        await asyncio.gather(*children)
    except asyncio.CancelledError:
        print(f" branch {name} cancelled; children cancelled: {[c.cancelled() for c in children]}")
        raise

async def root():
    branches = [asyncio.create_task(branch(b, 2)) for b in "AB"]
    try:
        await asyncio.gather(*branches)
    finally:
        print("root finally")

async def main():
    t = asyncio.create_task(root())
    await asyncio.sleep(0.05)
    t.cancel("shutdown")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(t.cancelled())

asyncio.run(main())
