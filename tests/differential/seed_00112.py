# differential test program, seed 112 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(6)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(5) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(14))
# block 1: values and operators
s1_0 = f"<{122:<4}|{49.31:.1f}>"[2:4:2]
print('s1_0', s1_0)
s1_1 = ' - '.join(['red', 'green'])
print('s1_1', s1_1)
i1_2 = int((182 * 183) < 15)
print('i1_2', i1_2)
l1_3 = [10, 40, -20, 37]
print('l1_3', l1_3)
d1_4 = {'gus': i1_2, 'hal': int(i1_2 > 17), 'eve': i1_2}
print('d1_4', d1_4)
s1_5 = s1_0[-2:6:-1]
print('s1_5', s1_5)
print([v * 0 for v in [0, -14, 29, 10] if v % 4 == 0])
t = (i1_2, str(-6.1), (-81.5 * -14.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma']]
print(pairs)
print(int(i1_2 == max(i1_2, i1_2)), f"<{(63 - i1_2)}|{(i1_2 * 86.05):8.3f}>", sep='|')
print((round(49.558, 1) / ((7.33 / (6.86 or 0.5)) or 0.5)), (i1_2 + i1_2) / 4)
t = ((i1_2 + i1_2), str(-87.8), (27.781 * 24.9))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
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
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 5), ('bob', 4)]]
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
i3_0 = (int(-34 <= 42) // (121 or 7))
print('i3_0', i3_0)
s3_1 = repr(('gamma' * 0))
print('s3_1', s3_1)
d3_2 = {'gus': i3_0}
print('d3_2', d3_2)
i3_3 = i3_0
print('i3_3', i3_3)
s3_4 = s3_1
print('s3_4', s3_4)
d = {}
d['hal'] = d.get('hal', 0) + int(i3_0 != 28)
d['gus'] = d.get('gus', 0) + (i3_3 - 31)
d['bob'] = d.get('bob', 0) + i3_0
d['ann'] = d.get('ann', 0) + int(i3_0 <= i3_3)
d['hal'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(i3_0, ''.join(['yy', 'Mixed Case', 'Mixed Case', ''])[-2:6], sep=' ')
print((-36.75 * (26.28 * 81.91)), (i3_0 - min(90, 27)) / 4)
# block 4: generators
def evens4(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs4(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens4(6)))
print(sum(v * v for v in evens4(9)))
print(dict(pairs4(['red', 'red'])))
gen = evens4(6)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens4(6)), all(v % 2 == 0 for v in evens4(6)))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 112')
