import asyncio

# Coroutines made by call statements and dropped without await: CPython warns once per line.


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
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
