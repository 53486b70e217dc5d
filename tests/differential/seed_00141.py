# differential test program, seed 141 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 5), ('bob', 6)]]
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
l1_0 = [-20, 23, 37, 1]
print('l1_0', l1_0)
s1_1 = ('blue' * 2)[-1:5:2]
print('s1_1', s1_1)
f1_2 = round((-5.095 - -46.1), 1)
print('f1_2', f1_2)
d1_3 = {'ann': len(s1_1), 'fay': 22, 'eve': 110}
print('d1_3', d1_3)
s1_4 = ' - '.join(['x', 'gamma', 'blue'])
print('s1_4', s1_4)
print(len(s1_4), s1_4, sep=' ')
print(((-97.03 / (f1_2 or 0.5)) / ((f1_2 / (22.0 or 0.5)) or 0.5)), -33 / 8)
vals = l1_0 + [8]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
d = {}
d['cy'] = d.get('cy', 0) + len(s1_4)
d['fay'] = d.get('fay', 0) + int(135 == 126)
d['dee'] = d.get('dee', 0) + (-10 - 105)
d['bob'] = d.get('bob', 0) + (147 + 1032170319153743440810)
d['cy'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(max(188, len(s1_4)), str(27), sep='|')
print(-20.577, min(abs(-32), (882149366027142692559 % (112 or 7))) / 2)
t = ((173 + 114), 'gamma'[-1:6], round(-75.458, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['']]
print(pairs)
