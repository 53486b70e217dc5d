# differential test program, seed 23 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = f"<{len('blue'):^7}|{(-47 * 24.0)}>"
print('s0_0', s0_0)
i0_1 = 77
print('i0_1', i0_1)
s0_2 = 'zzz'
print('s0_2', s0_2)
t = (-41, ' - '.join(['Mixed Case']), (13.11 * 32.11))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'yy', 'blue', 'yy']]
print(pairs)
print(i0_1, s0_2, sep=', ')
print(round((-83.535 + 88.02), 2), i0_1 / 5)
t = (len(s0_2), s0_0, round(41.429, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'blue']]
print(pairs)
print(sorted([-10, 8, -18], reverse=False))
print(7, ('alpha' * 0), sep=', ')
print(((199 * -2.0) / (-47.1 or 0.5)), len((s0_0 + 'zzz')) / 9)
# block 1: functions with defaults and keywords
def f1(a, b=8, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((-47 + 118)))
print(f1(min(1066771883327362876203, 58), max(-23, 35), scale=4))
print(f1(b=1, a=1, label='bob'))
print(g1(5, 'bob', k1=8))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 3), ('bob', 1), ('cy', 7), ('dee', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: functions with defaults and keywords
def f3(a, b=6, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(int(65 != 20)))
print(f3(min(-28, 171), pow(104, 3), scale=3))
print(f3(b=5, a=2, label='gus'))
print(g3(5, 'eve', k2=5))
try:
    f3()
except TypeError as e:
    print('TypeError', e)
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 23')
