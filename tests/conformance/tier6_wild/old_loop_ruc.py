import asyncio

async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(0.01)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)
    print("%s + %s = %s" % (x, y, result))
    return result

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
r = loop.run_until_complete(print_sum(1, 2))
print("returned", r)
print("closed?", loop.is_closed())
loop.close()
print("closed?", loop.is_closed())
