# differential test program, seed 93 (tools/difftest/generator.py)
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
for x in [5, 22, 9]:
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
try:
    try:
        2 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 1: functions with defaults and keywords
def f1(a, b=9, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(len('')))
print(f1(len('x'), 147, scale=2))
print(f1(b=1, a=5, label='hal'))
print(g1(2, 'eve', k2=5))
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
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 1), ('bob', 7)]]
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
# block 3: values and operators
i3_0 = (148 - (62 % (187 or 7)))
print('i3_0', i3_0)
i3_1 = int(i3_0 == (28 % (-35 or 7)))
print('i3_1', i3_1)
i3_2 = len('red')
print('i3_2', i3_2)
d = {}
d['cy'] = d.get('cy', 0) + -9
d['hal'] = d.get('hal', 0) + i3_2
d['fay'] = d.get('fay', 0) + (i3_0 - i3_2)
d['bob'] = d.get('bob', 0) + (i3_1 + i3_2)
d['cy'] += 1
print(d.pop('bob'), 'eve' in d, len(d))
print(d)
d = {}
d['eve'] = d.get('eve', 0) + abs(i3_2)
d['ann'] = d.get('ann', 0) + (194 // (i3_0 or 7))
d['eve'] += 1
for k, v in d.items():
    print(k, v)
print(sorted([-14, 14], reverse=False))
ys = list([25])
ys.reverse()
print(ys, ys[::2])
for i, v in enumerate([36, 11, 40][:3]):
    print(i, v, i * v)
# block 4: functions with defaults and keywords
def f4(a, b=3, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4(min(74, 27)))
print(f4(int(51 != 62856996090236827722), min(190, -24), scale=2))
print(f4(b=4, a=2, label='dee'))
print(g4(9, 'dee', k1=5))
