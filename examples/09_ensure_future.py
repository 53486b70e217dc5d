# asyncio.ensure_future() schedules a coroutine in the background while main() does other work.
import asyncio
async def slow_operation():
    await asyncio.sleep(2)
    return "Slow operation result"

async def main():
    future = asyncio.ensure_future(slow_operation())  # Run in background
    await asyncio.sleep(1)  # Do other work while waiting
    result = await future  # Wait for the future's result
    print(result)

asyncio.run(main())
