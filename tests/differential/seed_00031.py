# differential test program, seed 31 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 7), ('bob', 4)]]
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
i1_0 = len(''[2:-1])
print('i1_0', i1_0)
i1_1 = i1_0
print('i1_1', i1_1)
s1_2 = (','.join(['green', 'green', 'red', 'x']) * 2)
print('s1_2', s1_2)
i1_3 = i1_1
print('i1_3', i1_3)
t = (i1_0, s1_2, round(90.7, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha']]
print(pairs)
d = {}
d['ann'] = d.get('ann', 0) + i1_0
d['hal'] = d.get('hal', 0) + max(i1_1, i1_1)
d['fay'] = d.get('fay', 0) + 25
d['eve'] = d.get('eve', 0) + (i1_1 % (i1_0 or 7))
d['dee'] = d.get('dee', 0) + i1_1
d['ann'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (i1_0, s1_2, round(39.0, 3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta', '']]
print(pairs)
d = {}
d['hal'] = d.get('hal', 0) + (i1_0 // (173 or 7))
d['bob'] = d.get('bob', 0) + i1_0
d['hal'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (i1_3, s1_2, -0.37)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case', 'yy']]
print(pairs)
