# differential test program, seed 82 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 3), ('bob', 2), ('cy', 6), ('dee', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: values and operators
s1_0 = ('yy'[-1:5] + ('gamma' + 'green'))
print('s1_0', s1_0)
s1_1 = s1_0
print('s1_1', s1_1)
i1_2 = ((133 + 24) + int(119 == -22))
print('i1_2', i1_2)
l1_3 = [-1]
print('l1_3', l1_3)
i1_4 = i1_2
print('i1_4', i1_4)
f1_5 = 36.0
print('f1_5', f1_5)
print(abs((i1_2 * i1_4)), 'green', sep=', ')
print(round((f1_5 / (68.0 or 0.5)), 3), len(''[0:2:-1]) / 9)
print((i1_2 - 127), s1_1.title(), sep=', ')
print(round(f1_5, 2), i1_2 / 5)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2), ('cy', 4), ('dee', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
