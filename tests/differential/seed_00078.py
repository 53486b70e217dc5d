# differential test program, seed 78 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [35, -4, 27, 7, 37]
print('l0_0', l0_0)
i0_1 = int((-2 + 89) < (36 + -3))
print('i0_1', i0_1)
i0_2 = (-25 * i0_1)
print('i0_2', i0_2)
s0_3 = f"<{i0_2:>6}|{(79 * -77.89):8.3f}>"
print('s0_3', s0_3)
i0_4 = abs(pow(i0_1, 0))
print('i0_4', i0_4)
t = (int(i0_1 > -10), 'red', -11.288)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
t = (i0_2, f"<{i0_1:^7}|{58.26}>", (76.0 / (-58.0 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', 'alpha']]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + i0_2
d['gus'] = d.get('gus', 0) + i0_1
d['fay'] = d.get('fay', 0) + 190
d['bob'] = d.get('bob', 0) + 35
d['eve'] += 1
print(d.pop('bob'), 'dee' in d, len(d))
print(d)
print(72, s0_3, sep='|')
print(-3.69, (len(s0_3) * max(i0_4, i0_1)) / 9)
# block 1: functions with defaults and keywords
def f1(a, b=1, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(len('Mixed Case')))
print(f1(max(44, 163), (582608830538178660962 * 80), scale=4))
print(f1(b=4, a=4, label='gus'))
print(g1(8, 'dee', k2=0))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2), ('cy', 5)]]
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
