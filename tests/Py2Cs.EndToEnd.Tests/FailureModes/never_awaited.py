import asyncio

# Coroutines made by call statements and dropped without await, or deleted unawaited: CPython warns
# once per line.


async def work(n):
    print("never runs", n)
    return n


def sync_caller():
    work(5)


async def main():
    for i in range(3):
        work(i)
    sync_caller()
    sync_caller()
    kept = work(9)
    print(type(kept).__name__)
    del kept
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
