import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    order = []
    for coro in asyncio.as_completed([work(3), work(1), work(2)]):
        order.append(await coro)
    print(order)
    try:
        for coro in asyncio.as_completed([work(1), work(9)], timeout=0.3):
            print("got", await coro)
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
