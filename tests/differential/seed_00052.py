# differential test program, seed 52 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = repr(','.join(['yy', '']))
print('s0_0', s0_0)
i0_1 = ((20 - 56) + 180)
print('i0_1', i0_1)
s0_2 = (s0_0 * 1)[-3:6:2]
print('s0_2', s0_2)
s0_3 = str(int(i0_1 < i0_1))
print('s0_3', s0_3)
i0_4 = i0_1
print('i0_4', i0_4)
f0_5 = (round(-85.5, 1) + round(63.987, 1))
print('f0_5', f0_5)
d0_6 = {'gus': i0_1, 'eve': i0_1}
print('d0_6', d0_6)
t = ((i0_1 + i0_1), s0_3, round(f0_5, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'red']]
print(pairs)
d = {}
d['cy'] = d.get('cy', 0) + i0_4
d['bob'] = d.get('bob', 0) + i0_4
d['ann'] = d.get('ann', 0) + (i0_1 - i0_1)
d['cy'] += 1
for k, v in d.items():
    print(k, v)
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items1 = [Square1('fay', 6), Square1('eve', 1), Shape1('gus', 5), Shape1('hal', 4)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
l2_0 = [25]
print('l2_0', l2_0)
f2_1 = ((36.822 * 16.178) - (186 * -3.1))
print('f2_1', f2_1)
i2_2 = int(int(105 < 17) > (12 - 37))
print('i2_2', i2_2)
s2_3 = ('green'[2:2] + 'beta'.capitalize())
print('s2_3', s2_3)
d2_4 = {'eve': len(s2_3), 'dee': (i2_2 % (i2_2 or 7)), 'ann': i2_2}
print('d2_4', d2_4)
print([7, 25, -11][2:])
print([v * 2 for v in [5, 9, 21, 8] if v % 3 == 1])
print(i2_2, s2_3, sep=' ')
print(((f2_1 * f2_1) * round(f2_1, 2)), -5 / 8)
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 3), ('bob', 2)]]
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
