# differential test program, seed 65 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(8)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 4)(14))
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
for x in [57, 14, 4, 56, 35, 29]:
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
try:
    try:
        8 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 2: values and operators
i2_0 = (int(160 < 44) % (len('Mixed Case') or 7))
print('i2_0', i2_0)
i2_1 = i2_0
print('i2_1', i2_1)
s2_2 = ('blue' * 0)
print('s2_2', s2_2)
d2_3 = {'eve': 60, 'cy': i2_1, 'gus': int(156 <= i2_1)}
print('d2_3', d2_3)
i2_4 = int(max(i2_0, i2_1) <= (-34 % (i2_1 or 7)))
print('i2_4', i2_4)
d = {}
d['cy'] = d.get('cy', 0) + pow(i2_4, 0)
d['ann'] = d.get('ann', 0) + min(i2_1, i2_4)
d['hal'] = d.get('hal', 0) + (i2_4 // (i2_0 or 7))
d['cy'] += 1
print(d.pop('hal'), 'ann' in d, len(d))
print(d)
vals = [13] + [8]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(sum([-4]), len([-4]))
d = {}
d['eve'] = d.get('eve', 0) + i2_1
d['bob'] = d.get('bob', 0) + i2_4
d['cy'] = d.get('cy', 0) + int(i2_4 < i2_1)
d['dee'] = d.get('dee', 0) + i2_0
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print((i2_0 * (i2_1 + i2_0)), ('' * 2)[2:3:-1], sep=' ')
print(((i2_1 * 17.7) * (-46.0 + -68.044)), (int(i2_4 == i2_0) + i2_4) / 3)
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 3), ('bob', 2), ('cy', 5), ('dee', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main3())
# block 4: functions with defaults and keywords
def f4(a, b=0, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4((143 // (57486320674041716798 or 7))))
print(f4(int(177 == -9), int(198 <= -40), scale=1))
print(f4(b=2, a=3, label='eve'))
print(g4(2, 'ann', k1=7))
try:
    f4()
except TypeError as e:
    print('TypeError', e)
