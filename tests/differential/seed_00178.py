# differential test program, seed 178 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 2), ('bob', 3), ('cy', 4), ('dee', 6)]]
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
d1_0 = {'dee': min(163, -26), 'cy': int(-20 == -30)}
print('d1_0', d1_0)
i1_1 = int(len('zzz') == len('green'))
print('i1_1', i1_1)
i1_2 = i1_1
print('i1_2', i1_2)
l1_3 = []
print('l1_3', l1_3)
s1_4 = (repr('Mixed Case') * 1)
print('s1_4', s1_4)
s1_5 = s1_4[2:1:-1]
print('s1_5', s1_5)
print(102, ''.join(['zzz', '']), sep='|')
print((round(50.534, 0) / ((98.39 / (82.503 or 0.5)) or 0.5)), 157 / 3)
t = (i1_2, 'beta'.title(), (493431508165385032775 * -35.757))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case']]
print(pairs)
d = {}
d['dee'] = d.get('dee', 0) + -34
d['fay'] = d.get('fay', 0) + 13
d['dee'] += 1
print(d.pop('fay'), 'dee' in d, len(d))
print(d)
d = {}
d['cy'] = d.get('cy', 0) + max(i1_1, i1_1)
d['gus'] = d.get('gus', 0) + int(-5 <= i1_1)
d['eve'] = d.get('eve', 0) + int(i1_1 > i1_2)
d['ann'] = d.get('ann', 0) + i1_1
d['cy'] += 1
print(d.pop('ann'), 'cy' in d, len(d))
print(d)
