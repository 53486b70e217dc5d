# differential test program, seed 34 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = max(28, (11263312819104900534 + -28))
print('i0_0', i0_0)
d0_1 = {'fay': (189 + i0_0)}
print('d0_1', d0_1)
f0_2 = ((-58.8 * 14.638) / (round(-53.0, 0) or 0.5))
print('f0_2', f0_2)
d0_3 = {'eve': (i0_0 - i0_0), 'dee': i0_0, 'ann': pow(i0_0, 3), 'hal': (i0_0 - i0_0)}
print('d0_3', d0_3)
t = (int(26 != i0_0), f"<{485815381579258453376:<4}|{f0_2}>", f0_2)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'gamma']]
print(pairs)
t = (107, f"<{i0_0}|{f0_2:.1f}>", f0_2)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta']]
print(pairs)
# block 1: functions with defaults and keywords
def f1(a, b=7, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(int(46 <= 102)))
print(f1((142 - 169), len('red'), scale=4))
print(f1(b=3, a=4, label='hal'))
print(g1(6, 'cy', k1=1))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(8)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(3) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 4)(9))
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 3), ('bob', 5), ('cy', 6), ('dee', 1)]]
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
