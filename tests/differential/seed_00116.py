# differential test program, seed 116 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [10]
print('l0_0', l0_0)
s0_1 = ''.join([])[-1:3:-1]
print('s0_1', s0_1)
s0_2 = s0_1
print('s0_2', s0_2)
print(157, str((11.005 * 12.86)), sep='|')
print((-15.0 / ((-32.0 / (38.59 or 0.5)) or 0.5)), ((153 // (125 or 7)) - int(-41 == 169)) / 5)
print(l0_0[0:4])
ys = list([-10, 10, -6, 15, 34, 39])
ys.reverse()
print(ys, ys[::2])
print(int(len(s0_2) > (145 * 27)), s0_2.lower().capitalize(), sep='|')
print((round(55.5, 3) - (-83.0 + -28.5)), ((21 - -49) % (len(s0_1) or 7)) / 7)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 4), ('bob', 7), ('cy', 1)]]
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
# block 2: values and operators
l2_0 = [34, 17, -13]
print('l2_0', l2_0)
i2_1 = (len('x') // (abs(4) or 7))
print('i2_1', i2_1)
s2_2 = 'zzz'.title().lower()
print('s2_2', s2_2)
d = {}
d['fay'] = d.get('fay', 0) + i2_1
d['eve'] = d.get('eve', 0) + len(s2_2)
d['cy'] = d.get('cy', 0) + len(s2_2)
d['fay'] += 1
for k, v in d.items():
    print(k, v)
print([v * 3 for v in [5, -20, -14, 35, 24, 3] if v % 4 == 1])
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
for x in [3, 29, 30, 11, 11]:
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
        5 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
