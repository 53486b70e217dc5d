# differential test program, seed 76 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 2), ('bob', 3), ('cy', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: classes with inheritance
class Shape1:
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
class Square1(Shape1):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare1(Square1):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items1 = [Square1('hal', 4), Shape1('fay', 5), Shape1('fay', 9)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
l2_0 = [17, 37, 18]
print('l2_0', l2_0)
d2_1 = {'dee': 478085485581996434709, 'cy': (145 + 26), 'eve': int(81 < 1066723813150764969266), 'hal': pow(103, 3)}
print('d2_1', d2_1)
s2_2 = ','.join([])
print('s2_2', s2_2)
print((max(93, 96) - -19), ''.join([]), sep=', ')
print((3.961 - (39.0 / (-1.7 or 0.5))), 151 / 5)
print(len(s2_2), 'gamma', sep=', ')
print((-80.035 * -86.536), pow(max(163, 111), 0) / 4)
t = (74, s2_2, (-68.56 * 0.3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case', 'yy', 'x', 'yy']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + int(-26 < 27)
d['cy'] = d.get('cy', 0) + (182 + 108)
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
ys = list([-4, -10, 8])
ys.reverse()
print(ys, ys[::2])
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
for x in [9, 59, 0, 6]:
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
