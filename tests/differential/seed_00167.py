# differential test program, seed 167 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = str(int(82 < 76))
print('s0_0', s0_0)
i0_1 = len(s0_0[-3:-3:2])
print('i0_1', i0_1)
d0_2 = {'fay': (i0_1 + i0_1), 'hal': (i0_1 // (-45 or 7))}
print('d0_2', d0_2)
d0_3 = {'gus': int(i0_1 == i0_1)}
print('d0_3', d0_3)
s0_4 = 'alpha'[0:-3:-1]
print('s0_4', s0_4)
print(sum([24]), len([24]))
print((len(s0_0) - (i0_1 - i0_1)), ' - '.join(['x', 'gamma', 'Mixed Case']), sep='|')
print((-71.1 + round(-77.451, 2)), max((i0_1 // (i0_1 or 7)), i0_1) / 1)
print((len('zzz') - 35), ''.join(['x']), sep=', ')
print((-18 * (-38.7 + 91.758)), abs((i0_1 + i0_1)) / 3)
print(len('beta'), repr(s0_0), sep='|')
print(round((53.6 - 97.02), 2), len(s0_4.center(9, '*')) / 6)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 3), ('bob', 2), ('cy', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: values and operators
f2_0 = round((-57.0 + 97.0), 2)
print('f2_0', f2_0)
l2_1 = []
print('l2_1', l2_1)
s2_2 = str(149)
print('s2_2', s2_2)
for i, v in enumerate(l2_1[:3]):
    print(i, v, i * v)
d = {}
d['eve'] = d.get('eve', 0) + 708151193607730675988
d['fay'] = d.get('fay', 0) + min(2, 48)
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = ((23 % (145 or 7)), (s2_2 + s2_2), (f2_0 - 76.457))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', '', 'x']]
print(pairs)
print(l2_1[1:])
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 167')
