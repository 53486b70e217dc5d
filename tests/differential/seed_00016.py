# differential test program, seed 16 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 3), ('bob', 4), ('cy', 2)]]
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
d1_0 = {'dee': 158, 'fay': (104 + 718615145444320798425), 'bob': (120 + 103)}
print('d1_0', d1_0)
l1_1 = [-2, -6, 30, -1, 3]
print('l1_1', l1_1)
f1_2 = (-30.444 / (round(89.68, 0) or 0.5))
print('f1_2', f1_2)
f1_3 = f1_2
print('f1_3', f1_3)
s1_4 = str(83.753)
print('s1_4', s1_4)
d1_5 = {'hal': len('yy')}
print('d1_5', d1_5)
d = {}
d['gus'] = d.get('gus', 0) + len('')
d['cy'] = d.get('cy', 0) + int(72 > -25)
d['ann'] = d.get('ann', 0) + int(12 < 185)
d['gus'] += 1
for k, v in d.items():
    print(k, v)
print(sum([5, -11, 37, 20, 24, -4]), len([5, -11, 37, 20, 24, -4]))
# block 2: functions with defaults and keywords
def f2(a, b=9, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((-24 % (54 or 7))))
print(f2(176, int(-41 < 59), scale=3))
print(f2(b=4, a=3, label='bob'))
print(g2(3, 'bob', k3=1))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 2), ('bob', 4), ('cy', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main3())
