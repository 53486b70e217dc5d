# A Future whose exception is never retrieved is logged (here when asyncio.run drops it).
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("unseen"))
    g = loop.create_future()
    g.set_exception(KeyError("seen"))
    g.exception()
    print("main returns")
asyncio.run(main())
print("after run")
