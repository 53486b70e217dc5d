# differential test program, seed 173 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 7), ('bob', 6), ('cy', 5), ('dee', 3)]]
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
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(8)))
print(sum(v * v for v in evens1(13)))
print(dict(pairs1([])))
gen = evens1(8)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens1(8)), all(v % 2 == 0 for v in evens1(8)))
# block 2: values and operators
l2_0 = [-11, 9, 33]
print('l2_0', l2_0)
l2_1 = [-8, -16, 17, 16, 26]
print('l2_1', l2_1)
i2_2 = min((-1 // (47 or 7)), abs(-30))
print('i2_2', i2_2)
i2_3 = i2_2
print('i2_3', i2_3)
t = (min(i2_3, i2_3), ('yy' + 'alpha'), (-79.56 / (27.075 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'blue']]
print(pairs)
t = (max(i2_2, i2_2), str(i2_3), round(-36.0, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', '', 'yy', 'green']]
print(pairs)
t = (int(i2_2 < i2_2), 'alpha'[2:4:-1], (46.7 - 47.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'Mixed Case', 'beta']]
print(pairs)
# block 3: functions with defaults and keywords
def f3(a, b=0, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(len('beta')))
print(f3((130 // (184 or 7)), min(-25, 73), scale=1))
print(f3(b=4, a=2, label='bob'))
print(g3(4, 'eve', k1=1))
try:
    f3()
except TypeError as e:
    print('TypeError', e)
