# differential test program, seed 83 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 2), ('bob', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: values and operators
i1_0 = (-37 * min(157, 110))
print('i1_0', i1_0)
l1_1 = [32]
print('l1_1', l1_1)
s1_2 = 'red'.upper()
print('s1_2', s1_2)
d1_3 = {'fay': int(i1_0 != i1_0), 'dee': i1_0, 'eve': min(i1_0, i1_0), 'bob': i1_0}
print('d1_3', d1_3)
print(l1_1[-1:0])
print([v * 1 for v in l1_1 if v % 3 == 0])
# block 2: functions with defaults and keywords
def f2(a, b=4, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((95 * 13)))
print(f2(len('Mixed Case'), 64, scale=4))
print(f2(b=5, a=5, label='bob'))
print(g2(0, 'hal', k0=9))
# block 3: functions with defaults and keywords
def f3(a, b=0, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3((191 // (-14 or 7))))
print(f3(len('x'), 158, scale=3))
print(f3(b=3, a=1, label='dee'))
print(g3(1, 'ann', k0=8))
# block 4: values and operators
i4_0 = pow(-35, 1)
print('i4_0', i4_0)
s4_1 = ' - '.join([])
print('s4_1', s4_1)
d4_2 = {'eve': int(i4_0 <= i4_0)}
print('d4_2', d4_2)
l4_3 = [31, 7, 14]
print('l4_3', l4_3)
i4_4 = i4_0
print('i4_4', i4_4)
t = (len(s4_1), 'blue', round(98.007, 3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta', 'yy', 'blue']]
print(pairs)
t = (i4_4, repr(s4_1), 31.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma']]
print(pairs)
t = ((i4_0 - i4_0), s4_1, -15.656)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'zzz']]
print(pairs)
