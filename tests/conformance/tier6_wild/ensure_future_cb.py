import asyncio

def got_result(fut):
    print("callback: result is", fut.result())

async def slow_operation(n):
    await asyncio.sleep(0.01 * n)
    return "done %d" % n

async def main():
    futs = []
    for i in range(1, 4):
        f = asyncio.ensure_future(slow_operation(i))
        f.add_done_callback(got_result)
        futs.append(f)
    results = await asyncio.gather(*futs)
    print(results)
    same = asyncio.ensure_future(futs[0])
    print(same is futs[0])

asyncio.run(main())
