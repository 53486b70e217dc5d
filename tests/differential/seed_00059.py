# differential test program, seed 59 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = ((-48 + 156) - len('blue'))
print('i0_0', i0_0)
l0_1 = [1, 22, -9, 37]
print('l0_1', l0_1)
s0_2 = (('' + 'gamma') + f"<{i0_0}|{-49.0:.2f}>")
print('s0_2', s0_2)
l0_3 = [27, 21, 18, -14, 35, 1]
print('l0_3', l0_3)
s0_4 = s0_2
print('s0_4', s0_4)
i0_5 = i0_0
print('i0_5', i0_5)
d = {}
d['gus'] = d.get('gus', 0) + i0_0
d['fay'] = d.get('fay', 0) + pow(i0_5, 2)
d['cy'] = d.get('cy', 0) + i0_0
d['eve'] = d.get('eve', 0) + len(s0_2)
d['gus'] += 1
print(d.pop('eve'), 'dee' in d, len(d))
print(d)
print(i0_5, str(-44), sep=', ')
print((61.923 / ((46.09 - 62.0) or 0.5)), (i0_5 // (i0_0 or 7)) / 4)
print(i0_0, s0_2.upper().ljust(6, '.'), sep='|')
print(-56.0, ((i0_5 // (130 or 7)) - i0_0) / 4)
acc = []
for v in l0_1:
    acc.append(v + i0_0)
print(acc)
# block 1: functions with defaults and keywords
def f1(a, b=1, *, label='bob', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(int(86 > 188907231327118368545)))
print(f1(int(136 < 119), abs(8), scale=1))
print(f1(b=1, a=5, label='gus'))
print(g1(2, 'cy', k2=6))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 2), ('bob', 6), ('cy', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
