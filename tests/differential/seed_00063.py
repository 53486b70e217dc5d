# differential test program, seed 63 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 3), ('bob', 4), ('cy', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: values and operators
l1_0 = [-2]
print('l1_0', l1_0)
i1_1 = int((166 - 20) > int(183 > 106))
print('i1_1', i1_1)
s1_2 = ' - '.join(['yy', 'alpha'])
print('s1_2', s1_2)
vals = l1_0 + [1]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(sorted([19], reverse=False))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 3), ('bob', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
s3_0 = (f"<{54}|{-68.0:.1f}>" + str(37))
print('s3_0', s3_0)
d3_1 = {'cy': -41, 'bob': -5, 'hal': max(156, 1176492714994881245674)}
print('d3_1', d3_1)
s3_2 = 'zzz'
print('s3_2', s3_2)
l3_3 = [10, -15, -16]
print('l3_3', l3_3)
l3_4 = [3, 7, -10]
print('l3_4', l3_4)
print(((-29 - -5) - pow(17, 3)), 'yy', sep='|')
print(((-3.585 / (-82.98 or 0.5)) + (-52.93 / (20.0 or 0.5))), int(156 != 64) / 6)
print(len(('zzz' * 0)), s3_0.center(9, '*')[1:-1:2], sep=' ')
print((int(37 != 46) * (-23.419 / (-24.0 or 0.5))), len((s3_0 + s3_2)) / 2)
print(sum(l3_4), len(l3_4))
# block 4: asyncio tasks
import asyncio
async def worker4(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main4():
    out = []
    tasks = [asyncio.create_task(worker4(name, slot, out)) for name, slot in [('ann', 5), ('bob', 4), ('cy', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main4())
