# differential test program, seed 41 (tools/difftest/generator.py)
# block 0: exceptions
class AppError0(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError0(AppError0):
    pass
def risky0(x):
    if x % 3 == 0:
        raise FatalAppError0(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError0(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [10, 57, 58, 24]:
    try:
        print('ok', risky0(x))
    except FatalAppError0 as e:
        print('fatal', e.code, e)
    except AppError0 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(4)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(3) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 3)(4))
# block 2: functions with defaults and keywords
def f2(a, b=5, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((100 + 22)))
print(f2(int(566911613943676301461 <= 183), (723579393336946678535 + -4), scale=4))
print(f2(b=0, a=2, label='gus'))
print(g2(2, 'bob', k0=6))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 2), ('bob', 1), ('cy', 6)]]
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
# block 4: values and operators
l4_0 = [7, 14, 27]
print('l4_0', l4_0)
f4_1 = round(76.071, 2)
print('f4_1', f4_1)
i4_2 = (134 - int(130 <= 141))
print('i4_2', i4_2)
i4_3 = int(abs(i4_2) != (i4_2 + i4_2))
print('i4_3', i4_3)
l4_4 = l4_0
print('l4_4', l4_4)
l4_5 = l4_4
print('l4_5', l4_5)
print((len('alpha') - int(i4_2 < i4_2)), ('yy'[-3:0:-1] * 2), sep=' ')
print((round(f4_1, 3) * (f4_1 - f4_1)), (i4_2 + i4_2) / 7)
vals = l4_5 + [3]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print((i4_3 * min(21, i4_3)), ' - '.join(['green']), sep=', ')
print((len('yy') * f4_1), (i4_3 + len('red')) / 9)
vals = [-8, 6, 31, 11, 0] + [9]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
