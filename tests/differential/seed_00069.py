# differential test program, seed 69 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = len(str(13.41))
print('i0_0', i0_0)
s0_1 = ('green'.ljust(6, '.') * 3)
print('s0_1', s0_1)
f0_2 = ((97.8 * -79.347) * (154 * 78.0))
print('f0_2', f0_2)
i0_3 = i0_0
print('i0_3', i0_3)
d = {}
d['eve'] = d.get('eve', 0) + i0_3
d['bob'] = d.get('bob', 0) + (i0_0 % (i0_0 or 7))
d['dee'] = d.get('dee', 0) + i0_3
d['eve'] += 1
print(d.pop('dee'), 'eve' in d, len(d))
print(d)
d = {}
d['hal'] = d.get('hal', 0) + min(i0_3, i0_3)
d['bob'] = d.get('bob', 0) + (122 + i0_0)
d['cy'] = d.get('cy', 0) + i0_3
d['eve'] = d.get('eve', 0) + min(76, i0_0)
d['gus'] = d.get('gus', 0) + pow(i0_3, 3)
d['hal'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(sorted([-13, 15], reverse=False))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 2), ('bob', 5), ('cy', 6), ('dee', 3)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
