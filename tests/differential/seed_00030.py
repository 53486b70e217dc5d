# differential test program, seed 30 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [-7, -4, -17, 5, 4, 21]
print('l0_0', l0_0)
i0_1 = 83
print('i0_1', i0_1)
i0_2 = 994436983373909935584
print('i0_2', i0_2)
d0_3 = {'fay': 94, 'eve': (i0_1 - i0_1), 'ann': len('blue'), 'dee': (i0_1 * i0_1)}
print('d0_3', d0_3)
l0_4 = l0_0
print('l0_4', l0_4)
s0_5 = f"<{len('zzz'):>6}|{(4.0 / (87.0 or 0.5)):.1f}>"
print('s0_5', s0_5)
s0_6 = f"<{(i0_1 % (i0_1 or 7)):<4}|{round(-16.0, 1)}>"
print('s0_6', s0_6)
t = (max(i0_2, i0_2), s0_5.replace('a', '4'), (-95.9 + 12.45))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'zzz', 'red']]
print(pairs)
print(102, f"<{len(s0_5):<4}|{(49.89 / (-61.275 or 0.5)):8.3f}>", sep=' ')
print(((-23.86 / (54.0 or 0.5)) - (-4.276 * -28.768)), i0_1 / 4)
t = (len(s0_5), s0_5, (-79.0 / (-68.26 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + i0_1
d['bob'] = d.get('bob', 0) + i0_1
d['hal'] = d.get('hal', 0) + i0_2
d['cy'] = d.get('cy', 0) + i0_1
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
d = {}
d['cy'] = d.get('cy', 0) + i0_2
d['hal'] = d.get('hal', 0) + 56
d['dee'] = d.get('dee', 0) + (i0_2 + 197)
d['cy'] += 1
for k, v in d.items():
    print(k, v)
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
print(list(evens1(8)))
print(sum(v * v for v in evens1(11)))
print(dict(pairs1(['green', 'yy', 'green', 'alpha'])))
gen = evens1(8)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens1(8)), all(v % 2 == 0 for v in evens1(8)))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2), ('cy', 5), ('dee', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
s3_0 = f"<{(151 - 54)}|{-62.0:.2f}>"
print('s3_0', s3_0)
i3_1 = -49
print('i3_1', i3_1)
i3_2 = i3_1
print('i3_2', i3_2)
l3_3 = [-2]
print('l3_3', l3_3)
i3_4 = len(s3_0.capitalize())
print('i3_4', i3_4)
i3_5 = int(int(113 < i3_2) == i3_2)
print('i3_5', i3_5)
t = (i3_1, (s3_0 * 1), round(75.314, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['ann'] = d.get('ann', 0) + min(i3_4, i3_4)
d['cy'] = d.get('cy', 0) + (-27 + i3_1)
d['bob'] = d.get('bob', 0) + int(i3_5 <= i3_2)
d['dee'] = d.get('dee', 0) + i3_2
d['gus'] = d.get('gus', 0) + i3_1
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
vals = [39, 28, -6, -17, 13, -18] + [8]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
