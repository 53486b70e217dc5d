# Waits for SIGINT (the test sends it after "ready"): the main task is cancelled, cleanup runs,
# the traceback ends with KeyboardInterrupt and the process exits as a SIGINT-killed one (130).
import asyncio

async def worker():
    try:
        await asyncio.sleep(30)
    finally:
        print("worker cleanup")

async def main():
    t = asyncio.create_task(worker())
    try:
        print("ready", flush=True)
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main cleanup")

asyncio.run(main())
