# differential test program, seed 56 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 5), ('bob', 3), ('cy', 7), ('dee', 4)]]
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
s1_0 = (repr('Mixed Case') + 'blue')
print('s1_0', s1_0)
s1_1 = s1_0
print('s1_1', s1_1)
i1_2 = len(s1_0)
print('i1_2', i1_2)
s1_3 = s1_1
print('s1_3', s1_3)
i1_4 = i1_2
print('i1_4', i1_4)
d = {}
d['cy'] = d.get('cy', 0) + (-50 + -25)
d['eve'] = d.get('eve', 0) + len(s1_3)
d['dee'] = d.get('dee', 0) + (i1_2 // (i1_4 or 7))
d['cy'] += 1
for k, v in d.items():
    print(k, v)
d = {}
d['fay'] = d.get('fay', 0) + len(s1_0)
d['gus'] = d.get('gus', 0) + i1_4
d['hal'] = d.get('hal', 0) + i1_4
d['fay'] += 1
print(d.pop('hal'), 'ann' in d, len(d))
print(d)
d = {}
d['eve'] = d.get('eve', 0) + int(i1_2 < i1_4)
d['gus'] = d.get('gus', 0) + i1_2
d['eve'] += 1
print(d.pop('gus'), 'eve' in d, len(d))
print(d)
