# differential test program, seed 64 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = 'alpha'
print('s0_0', s0_0)
f0_1 = (int(149 <= 62) * (-83.0 + -79.0))
print('f0_1', f0_1)
s0_2 = (s0_0 + s0_0)
print('s0_2', s0_2)
d0_3 = {'gus': len(s0_2), 'bob': len(s0_2), 'cy': int(-38 < 4), 'hal': (12 + 190)}
print('d0_3', d0_3)
f0_4 = f0_1
print('f0_4', f0_4)
f0_5 = ((f0_1 + f0_4) - (-7 * f0_1))
print('f0_5', f0_5)
d0_6 = {'eve': (80 + 175), 'ann': (198 % (817516212309492400908 or 7))}
print('d0_6', d0_6)
print([24, 14, 0, 23, 35][-3:4])
t = (len(s0_2), s0_0[-1:-1:2], 86.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['blue', 'zzz', 'alpha']]
print(pairs)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 5), ('bob', 4), ('cy', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: closures
def counter2(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(0)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(1) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 3)(20))
# block 3: exceptions
class AppError3(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError3(AppError3):
    pass
def risky3(x):
    if x % 3 == 0:
        raise FatalAppError3(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError3(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [6, 2, 34, 50, 42, 32]:
    try:
        print('ok', risky3(x))
    except FatalAppError3 as e:
        print('fatal', e.code, e)
    except AppError3 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
try:
    try:
        9 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 4: values and operators
s4_0 = (','.join(['blue', 'beta', 'gamma', 'Mixed Case']) + ('' + 'gamma'))
print('s4_0', s4_0)
i4_1 = (abs(-15) - 29)
print('i4_1', i4_1)
s4_2 = s4_0
print('s4_2', s4_2)
i4_3 = ((i4_1 // (i4_1 or 7)) % (int(i4_1 == i4_1) or 7))
print('i4_3', i4_3)
i4_4 = i4_1
print('i4_4', i4_4)
f4_5 = round((i4_4 * -59.24), 3)
print('f4_5', f4_5)
t = (57, (s4_2 + 'red'), (f4_5 / (f4_5 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy']]
print(pairs)
print([6, -18, 15][2:3])
print(len('gamma'), repr(s4_2)[2:1:-1], sep=' ')
print(94.2, int(i4_3 > (i4_4 - i4_3)) / 1)
t = (i4_4, 'x', round(f4_5, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'x', 'zzz']]
print(pairs)
