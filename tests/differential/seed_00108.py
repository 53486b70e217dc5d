# differential test program, seed 108 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [4, -8]
print('l0_0', l0_0)
i0_1 = ((-2 - 184) - abs(170))
print('i0_1', i0_1)
s0_2 = 'Mixed Case'[2:6:-1]
print('s0_2', s0_2)
d0_3 = {'ann': i0_1, 'cy': int(i0_1 < 180), 'fay': i0_1, 'gus': i0_1}
print('d0_3', d0_3)
i0_4 = len(('gamma' * 1))
print('i0_4', i0_4)
i0_5 = (i0_1 % (i0_4 or 7))
print('i0_5', i0_5)
d = {}
d['cy'] = d.get('cy', 0) + i0_5
d['ann'] = d.get('ann', 0) + i0_4
d['cy'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(l0_0[2:-4])
print(((i0_1 + i0_5) - abs(i0_4)), s0_2, sep=' ')
print((round(-19.0, 2) + (-78.0 * -69.0)), i0_5 / 9)
for i, v in enumerate([3, 28, 9, 7, 7, 40][:3]):
    print(i, v, i * v)
t = (i0_5, s0_2, 95.627)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['']]
print(pairs)
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(7)))
print(sum(v * v for v in evens1(7)))
print(dict(pairs1(['yy', '', 'green', 'green'])))
gen = evens1(7)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens1(7)), all(v % 2 == 0 for v in evens1(7)))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 2), ('bob', 5), ('cy', 1), ('dee', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
