# differential test program, seed 136 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = ('blue' * 0)[0:-1]
print('s0_0', s0_0)
l0_1 = [-17, -8, -8, 37]
print('l0_1', l0_1)
s0_2 = (' - '.join(['yy', 'red', 'green']) + ('red' + s0_0))
print('s0_2', s0_2)
s0_3 = (s0_2 + (s0_0 + s0_2))
print('s0_3', s0_3)
i0_4 = int(len('zzz') <= (95 % (184 or 7)))
print('i0_4', i0_4)
l0_5 = l0_1
print('l0_5', l0_5)
t = (i0_4, s0_2, (38.61 / (-39.1 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'x']]
print(pairs)
print(i0_4, f"<{len(s0_2)}|{(37 * 76.24)}>", sep='|')
print((i0_4 * round(-83.0, 3)), i0_4 / 1)
print(max(i0_4, abs(i0_4)), s0_3, sep=' ')
print(round(round(-84.0, 1), 2), i0_4 / 8)
# block 1: exceptions
class AppError1(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError1(AppError1):
    pass
def risky1(x):
    if x % 3 == 0:
        raise FatalAppError1(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError1(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [33, 24, 47, 12]:
    try:
        print('ok', risky1(x))
    except FatalAppError1 as e:
        print('fatal', e.code, e)
    except AppError1 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 4), ('bob', 3)]]
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
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(8)))
print(sum(v * v for v in evens3(9)))
print(dict(pairs3(['gamma', 'zzz'])))
gen = evens3(8)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens3(8)), all(v % 2 == 0 for v in evens3(8)))
# block 4: asyncio tasks
import asyncio
async def worker4(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main4():
    out = []
    tasks = [asyncio.create_task(worker4(name, slot, out)) for name, slot in [('ann', 7), ('bob', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main4())
