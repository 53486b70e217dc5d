# differential test program, seed 118 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(5)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(4) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 0)(19))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 5), ('bob', 3), ('cy', 7), ('dee', 2)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: values and operators
s2_0 = f"<{145}|{-13.171:.2f}>".ljust(6, '.')
print('s2_0', s2_0)
i2_1 = (int(71 < 1072508956961563612172) - (5 * 149))
print('i2_1', i2_1)
f2_2 = ((91.72 * 53.9) * 93.0)
print('f2_2', f2_2)
l2_3 = [14, 35, -3, -10, -12, 16]
print('l2_3', l2_3)
print(i2_1, s2_0, sep=' ')
print(f2_2, 145 / 3)
print(sum([-8, 22, 9]), len([-8, 22, 9]))
t = ((i2_1 * i2_1), ','.join(['red']), (f2_2 + -2.93))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(98, s2_0, sep='|')
print(f2_2, len(s2_0[2:5:2]) / 7)
