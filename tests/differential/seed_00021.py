# differential test program, seed 21 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(8)))
print(sum(v * v for v in evens0(11)))
print(dict(pairs0(['yy', 'alpha'])))
gen = evens0(8)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens0(8)), all(v % 2 == 0 for v in evens0(8)))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 2), ('bob', 5), ('cy', 6), ('dee', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: values and operators
s2_0 = ','.join(['alpha'])
print('s2_0', s2_0)
i2_1 = int(139 != len(s2_0))
print('i2_1', i2_1)
f2_2 = round((29.76 / (-69.0 or 0.5)), 0)
print('f2_2', f2_2)
d2_3 = {'hal': i2_1}
print('d2_3', d2_3)
s2_4 = f"<{159:>6}|{(56.1 * f2_2):.1f}>"
print('s2_4', s2_4)
print(int(min(i2_1, i2_1) == len(s2_4)), f"<{-10:^7}|{(90 * f2_2):8.3f}>", sep=', ')
print((f2_2 / (f2_2 or 0.5)), ((186 - i2_1) * (180 - i2_1)) / 3)
for i, v in enumerate([11, 12][:3]):
    print(i, v, i * v)
