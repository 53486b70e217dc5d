# differential test program, seed 95 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 2), ('bob', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: values and operators
d1_0 = {'ann': int(-23 == 49), 'eve': (194 - 103)}
print('d1_0', d1_0)
s1_1 = f"<{int(173 != 621440813888181333367):>6}|{round(-40.13, 1):.2f}>"
print('s1_1', s1_1)
s1_2 = ' - '.join([])
print('s1_2', s1_2)
i1_3 = -47
print('i1_3', i1_3)
i1_4 = min(int(i1_3 != i1_3), i1_3)
print('i1_4', i1_4)
d = {}
d['eve'] = d.get('eve', 0) + (i1_3 - i1_3)
d['dee'] = d.get('dee', 0) + i1_3
d['hal'] = d.get('hal', 0) + i1_4
d['bob'] = d.get('bob', 0) + 24
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(i1_3, str(round(42.909, 0)), sep=', ')
print(((-89.9 - -36.0) + (-56.0 * 21.304)), i1_4 / 8)
print(int((66 - i1_3) > len('green')), f"<{i1_3:<4}|{-6.0:8.3f}>"[3:4:-1], sep='|')
print(round(-94.7, 2), 195 / 1)
print(len(s1_1[2:1:2]), 'zzz'[-2:6:-1], sep='|')
print((i1_4 * (59.0 / (98.0 or 0.5))), (i1_4 - len(s1_2)) / 9)
print([v * 3 for v in [-4] if v % 4 == 1])
# block 2: generators
def evens2(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs2(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens2(6)))
print(sum(v * v for v in evens2(11)))
print(dict(pairs2(['Mixed Case', 'alpha', 'beta', 'green'])))
gen = evens2(6)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens2(6)), all(v % 2 == 0 for v in evens2(6)))
