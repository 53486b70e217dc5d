# A Future is a placeholder for a result that some other code sets later.
import asyncio

async def wait_for_result(future):
    await asyncio.sleep(1)  # Simulate some I/O
    future.set_result("Result is ready!")  # Manually set the result
    print("Result set!")

async def main():
    future = asyncio.Future()  # Create an empty future
    await asyncio.create_task(wait_for_result(future))  # Wait for the future to be completed
    print(await future)  # Await the result of the future

asyncio.run(main())
