# differential test program, seed 47 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = (repr('x') * 3)
print('s0_0', s0_0)
l0_1 = [-20, 38, 32, 37]
print('l0_1', l0_1)
f0_2 = round((-52.45 / (92.0 or 0.5)), 2)
print('f0_2', f0_2)
l0_3 = [1, 15, 16, 28]
print('l0_3', l0_3)
i0_4 = (int(-25 == 158) - (166 + 140))
print('i0_4', i0_4)
i0_5 = max((i0_4 - i0_4), len(s0_0))
print('i0_5', i0_5)
d = {}
d['dee'] = d.get('dee', 0) + len(s0_0)
d['hal'] = d.get('hal', 0) + len('blue')
d['dee'] += 1
for k, v in d.items():
    print(k, v)
for i, v in enumerate(l0_3[:3]):
    print(i, v, i * v)
t = (180, (s0_0 * 0), (-30.8 + f0_2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + 56
d['ann'] = d.get('ann', 0) + i0_5
d['cy'] = d.get('cy', 0) + -15
d['dee'] = d.get('dee', 0) + i0_5
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 4), ('bob', 5), ('cy', 6), ('dee', 1)]]
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
# block 2: functions with defaults and keywords
def f2(a, b=2, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(int(10 < -28)))
print(f2((179 + 145), (37 % (55 or 7)), scale=4))
print(f2(b=2, a=2, label='hal'))
print(g2(9, 'cy', k0=8))
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
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 7), ('bob', 4), ('cy', 1), ('dee', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main3())
