# A coroutine does nothing until it is run: asyncio.run() starts the event loop and runs it.
import asyncio

async def my_coroutine():
    print("Start")
    await asyncio.sleep(1)
    print("End")

# Running the coroutine
asyncio.run(my_coroutine())
