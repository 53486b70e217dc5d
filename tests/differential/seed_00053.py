# differential test program, seed 53 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 6), ('bob', 4), ('cy', 5), ('dee', 3)]]
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
# block 1: values and operators
i1_0 = ((42 * 8) + (115 - 53))
print('i1_0', i1_0)
i1_1 = (i1_0 * int(i1_0 != i1_0))
print('i1_1', i1_1)
d1_2 = {'hal': len('gamma')}
print('d1_2', d1_2)
d = {}
d['ann'] = d.get('ann', 0) + i1_0
d['gus'] = d.get('gus', 0) + len('zzz')
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (i1_0, ' - '.join(['blue']), (28.2 - 4.62))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy']]
print(pairs)
d = {}
d['bob'] = d.get('bob', 0) + i1_1
d['fay'] = d.get('fay', 0) + abs(i1_0)
d['gus'] = d.get('gus', 0) + min(i1_0, i1_0)
d['dee'] = d.get('dee', 0) + i1_1
d['bob'] += 1
print(d.pop('dee'), 'gus' in d, len(d))
print(d)
# block 2: classes with inheritance
class Shape2:
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
class Square2(Shape2):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare2(Square2):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items2 = [BigSquare2('fay', 3), Shape2('eve', 8)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
