# differential test program, seed 105 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = round(round(-41.45, 1), 1)
print('f0_0', f0_0)
i0_1 = int(max(107, 77) <= int(195 > 977661627696763568028))
print('i0_1', i0_1)
s0_2 = (str(f0_0) + f"<{i0_1}|{f0_0}>")
print('s0_2', s0_2)
vals = [10, 34, 30, 5] + [9]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print([-8, -7, -17, 19][1:2])
d = {}
d['bob'] = d.get('bob', 0) + i0_1
d['fay'] = d.get('fay', 0) + (i0_1 * i0_1)
d['bob'] += 1
for k, v in d.items():
    print(k, v)
# block 1: values and operators
s1_0 = str(-39).ljust(6, '.')
print('s1_0', s1_0)
l1_1 = [-7, 39, 19, 33]
print('l1_1', l1_1)
f1_2 = (-2.535 + round(92.6, 1))
print('f1_2', f1_2)
print(((-47 + 49) - (17 + -34)), (s1_0 * 0), sep=', ')
print(f1_2, int(30 != pow(-50, 0)) / 3)
t = (min(-32, 46), ''.join([]), round(9.175, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'Mixed Case', 'gamma']]
print(pairs)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 5), ('bob', 6), ('cy', 1), ('dee', 2)]]
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
# block 3: values and operators
s3_0 = ('yy' + ('zzz' * 2))
print('s3_0', s3_0)
f3_1 = round((-81.1 / (40.134 or 0.5)), 2)
print('f3_1', f3_1)
f3_2 = (82.6 / ((54 * f3_1) or 0.5))
print('f3_2', f3_2)
d3_3 = {'fay': len('alpha'), 'gus': 149, 'cy': int(173 != 139), 'ann': (175 + 904131586950495512879)}
print('d3_3', d3_3)
s3_4 = s3_0[0:-1:2]
print('s3_4', s3_4)
f3_5 = round((9.1 - -20.0), 1)
print('f3_5', f3_5)
s3_6 = 'x'
print('s3_6', s3_6)
vals = [-17, 36, -18] + [7]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(35, s3_0, sep=', ')
print(68.771, int(max(86, 176) != (165 // (140 or 7))) / 4)
