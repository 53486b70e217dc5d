# differential test program, seed 148 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = ((-61.0 - -17.063) * -24.51)
print('f0_0', f0_0)
i0_1 = (101 - int(18 <= 111))
print('i0_1', i0_1)
l0_2 = [27, -12, 4]
print('l0_2', l0_2)
s0_3 = repr('')
print('s0_3', s0_3)
f0_4 = (i0_1 * (f0_0 + f0_0))
print('f0_4', f0_4)
f0_5 = (33.0 - (f0_4 + f0_4))
print('f0_5', f0_5)
t = ((i0_1 // (i0_1 or 7)), s0_3.ljust(6, '.'), (27 * -26.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
t = (len(s0_3), 'Mixed Case', 98.65)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'beta', 'blue', 'green']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + int(-30 <= i0_1)
d['dee'] = d.get('dee', 0) + i0_1
d['eve'] = d.get('eve', 0) + i0_1
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (162, (s0_3 * 0), (i0_1 * f0_4))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'Mixed Case', 'yy', 'blue']]
print(pairs)
print([v * -2 for v in [-5, 25] if v % 3 == 1])
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2), ('cy', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: values and operators
s2_0 = ('blue'.capitalize() + str(9))
print('s2_0', s2_0)
l2_1 = [-3, -11, 21, -11, 10, -14]
print('l2_1', l2_1)
l2_2 = l2_1
print('l2_2', l2_2)
s2_3 = str((22.8 * -92.536))
print('s2_3', s2_3)
s2_4 = f"<{129:^7}|{57.0:.1f}>".capitalize()
print('s2_4', s2_4)
print(sum(l2_2), len(l2_2))
d = {}
d['dee'] = d.get('dee', 0) + len('red')
d['hal'] = d.get('hal', 0) + (-32 - 85)
d['eve'] = d.get('eve', 0) + 15
d['fay'] = d.get('fay', 0) + len(s2_4)
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (92, s2_4[-1:0:-1], round(-7.58, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['']]
print(pairs)
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
for x in [42, 53, 40, 4]:
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
# block 4: classes with inheritance
class Shape4:
    kind = 'shape'
    def __init__(self, name, size):
        self.name = name
        self.size = size
    def area(self):
        return 0
    def describe(self):
        return f"{self.kind} {self.name} area={self.area()}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.size})"
class Square4(Shape4):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare4(Square4):
    def area(self):
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items4 = [Shape4('gus', 9), Square4('ann', 8), BigSquare4('cy', 7), Shape4('cy', 2)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
