# differential test program, seed 68 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = str(42)[0:4:2]
print('s0_0', s0_0)
d0_1 = {'ann': (524331637116106739988 - 129), 'hal': int(110 <= 160), 'eve': 451527391193547692707}
print('d0_1', d0_1)
d0_2 = {'bob': pow(139, 2), 'hal': min(450299686264050718530, -27), 'dee': int(155 == 69)}
print('d0_2', d0_2)
s0_3 = repr((s0_0 * 0))
print('s0_3', s0_3)
s0_4 = (('green' * 0) + ' - '.join(['blue', 'gamma', 'red', 'beta']))
print('s0_4', s0_4)
i0_5 = len(f"<{14:^7}|{-35.6:8.3f}>")
print('i0_5', i0_5)
i0_6 = max(i0_5, len(s0_3))
print('i0_6', i0_6)
print((len('alpha') - i0_6), ' - '.join(['green', 'alpha']), sep=' ')
print(round((i0_5 * 77.98), 2), abs(i0_5) / 5)
print(i0_6, s0_4.lower(), sep=' ')
print(((-86.575 / (-36.359 or 0.5)) - (-81.04 / (-4.3 or 0.5))), max((36 + i0_5), int(i0_6 <= i0_5)) / 4)
# block 1: values and operators
i1_0 = 85
print('i1_0', i1_0)
d1_1 = {'hal': (i1_0 + i1_0)}
print('d1_1', d1_1)
s1_2 = repr('yy')
print('s1_2', s1_2)
l1_3 = [20]
print('l1_3', l1_3)
d = {}
d['dee'] = d.get('dee', 0) + len('')
d['ann'] = d.get('ann', 0) + i1_0
d['gus'] = d.get('gus', 0) + i1_0
d['bob'] = d.get('bob', 0) + (i1_0 % (i1_0 or 7))
d['fay'] = d.get('fay', 0) + abs(i1_0)
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print([v * -1 for v in [] if v % 4 == 1])
d = {}
d['hal'] = d.get('hal', 0) + i1_0
d['bob'] = d.get('bob', 0) + i1_0
d['ann'] = d.get('ann', 0) + int(i1_0 > -22)
d['hal'] += 1
print(d.pop('ann'), 'bob' in d, len(d))
print(d)
print(len(str(44.8)), s1_2, sep=', ')
print(((-83.0 - -12.129) / ((92.827 / (64.0 or 0.5)) or 0.5)), i1_0 / 3)
print(i1_0, ' - '.join([]), sep=' ')
print(-45.75, int(i1_0 <= i1_0) / 1)
# block 2: values and operators
s2_0 = 'gamma'
print('s2_0', s2_0)
i2_1 = ((-45 % (-18 or 7)) + int(79 < 36))
print('i2_1', i2_1)
s2_2 = 'yy'
print('s2_2', s2_2)
s2_3 = str(94.0)[0:-1]
print('s2_3', s2_3)
print(abs(42), (' - '.join(['green', '']) + s2_0), sep='|')
print(round((71.9 / (-75.6 or 0.5)), 1), 117 / 5)
d = {}
d['gus'] = d.get('gus', 0) + i2_1
d['dee'] = d.get('dee', 0) + len('green')
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (min(i2_1, i2_1), str(-96.71), (-86.062 / (21.8 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
ys = list([])
ys.reverse()
print(ys, ys[::2])
print(sorted([], reverse=True))
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
for x in [3, 7, 28, 34, 24, 19]:
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
# block 4: asyncio tasks
import asyncio
async def worker4(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main4():
    out = []
    tasks = [asyncio.create_task(worker4(name, slot, out)) for name, slot in [('ann', 4), ('bob', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main4())
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 68')
