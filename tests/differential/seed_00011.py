# differential test program, seed 11 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 5), ('bob', 7), ('cy', 2)]]
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
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 5), ('bob', 2), ('cy', 1), ('dee', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: functions with defaults and keywords
def f2(a, b=1, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(len('yy')))
print(f2(int(162 > 292926272181684501771), len('yy'), scale=3))
print(f2(b=3, a=4, label='dee'))
print(g2(8, 'dee', k2=7))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: values and operators
l3_0 = [6, 15]
print('l3_0', l3_0)
d3_1 = {'eve': (-43 - -23)}
print('d3_1', d3_1)
s3_2 = (f"<{-50:^7}|{-58.0:.2f}>" + ('x' * 3))
print('s3_2', s3_2)
i3_3 = len((s3_2 * 2))
print('i3_3', i3_3)
i3_4 = (144 * i3_3)
print('i3_4', i3_4)
i3_5 = i3_3
print('i3_5', i3_5)
print(len(s3_2), f"<{pow(4, 0):>6}|{(100.0 + -21.0):.1f}>", sep=' ')
print(((-48.34 - -85.0) + round(-96.9, 2)), len(s3_2) / 3)
print(i3_5, s3_2, sep=' ')
print(round((-68.3 * 76.0), 3), -41 / 9)
# block 4: closures
def counter4(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(6)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(9) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 3, lambda v: v - 2)(16))
