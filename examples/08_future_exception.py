# A Future can carry an exception instead of a result: awaiting it raises that exception.
import asyncio
async def fail_later(future):
   await asyncio.sleep(1)
   future.set_exception(ValueError("An error occurred"))

async def main():
   future = asyncio.Future()
   await asyncio.create_task(fail_later(future))
   try:
       result = await future  # This will raise the exception
   except ValueError as e:
       print(f"Caught exception: {e}")

asyncio.run(main())
