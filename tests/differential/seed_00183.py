# differential test program, seed 183 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = ((4.0 + -85.5) * (128 * 45.273))
print('f0_0', f0_0)
s0_1 = 'blue'
print('s0_1', s0_1)
d0_2 = {'fay': pow(128, 2)}
print('d0_2', d0_2)
print((-33 + 124), (s0_1.ljust(6, '.') + s0_1), sep=', ')
print(-45.4, 88 / 6)
for i, v in enumerate([-2, 7, -6, -11][:3]):
    print(i, v, i * v)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 4), ('bob', 7), ('cy', 2), ('dee', 3)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
