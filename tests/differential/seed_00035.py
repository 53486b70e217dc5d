# differential test program, seed 35 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=5, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((141 // (156 or 7))))
print(f0(int(194 > 855459405861522931250), 77, scale=1))
print(f0(b=0, a=1, label='fay'))
print(g0(1, 'cy', k2=2))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 1), ('bob', 3), ('cy', 2)]]
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
s2_0 = (('x' * 3) * 0)
print('s2_0', s2_0)
f2_1 = round((78.0 / (10.0 or 0.5)), 0)
print('f2_1', f2_1)
s2_2 = s2_0[2:-3:2][3:0:2]
print('s2_2', s2_2)
d2_3 = {'ann': 215820212899686259359, 'fay': 178}
print('d2_3', d2_3)
acc = []
for v in [9, 12, 33, 28, -10]:
    acc.append(v + len(s2_2))
print(acc)
acc = []
for v in [4, 32, 13, 27, 19]:
    acc.append(v + len(s2_2))
print(acc)
print((int(89 < 125) // (abs(116) or 7)), f"<{int(87 <= 182)}|{(-50.0 - f2_1):.1f}>", sep=', ')
print(-64.0, max(len('zzz'), (12 - 3)) / 5)
d = {}
d['hal'] = d.get('hal', 0) + 106
d['gus'] = d.get('gus', 0) + len(s2_0)
d['bob'] = d.get('bob', 0) + len(s2_2)
d['fay'] = d.get('fay', 0) + len(s2_0)
d['dee'] = d.get('dee', 0) + int(43 < 1180243602868880215992)
d['hal'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
for i, v in enumerate([][:3]):
    print(i, v, i * v)
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 1), ('bob', 7), ('cy', 4), ('dee', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main3())
