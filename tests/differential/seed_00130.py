# differential test program, seed 130 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(10)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(5) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(10))
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
items1 = [BigSquare1('bob', 9), BigSquare1('dee', 6), Shape1('gus', 1), Square1('cy', 1)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 3), ('bob', 4), ('cy', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
s3_0 = 'blue'.replace('a', '4').capitalize()
print('s3_0', s3_0)
d3_1 = {'bob': pow(148, 3), 'gus': 169}
print('d3_1', d3_1)
s3_2 = s3_0
print('s3_2', s3_2)
for i, v in enumerate([7, 15][:3]):
    print(i, v, i * v)
d = {}
d['eve'] = d.get('eve', 0) + (158 - 137)
d['dee'] = d.get('dee', 0) + (171 - 46149488584192013279)
d['fay'] = d.get('fay', 0) + 57
d['bob'] = d.get('bob', 0) + (99 // (-37 or 7))
d['hal'] = d.get('hal', 0) + (70 // (51 or 7))
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
d = {}
d['cy'] = d.get('cy', 0) + len(s3_0)
d['gus'] = d.get('gus', 0) + (4 * 163)
d['hal'] = d.get('hal', 0) + int(-21 != 16)
d['ann'] = d.get('ann', 0) + (-50 - 533469736930130122268)
d['cy'] += 1
print(d.pop('ann'), 'dee' in d, len(d))
print(d)
print((int(140 <= 103) + len(s3_0)), 'alpha', sep='|')
print(((-47.822 - 80.674) - (90.11 + 35.1)), ((-26 // (849867532386897574603 or 7)) // (len('alpha') or 7)) / 4)
# block 4: values and operators
s4_0 = 'beta'[0:-3:2]
print('s4_0', s4_0)
i4_1 = int(pow(125, 3) > len(s4_0))
print('i4_1', i4_1)
f4_2 = -53.77
print('f4_2', f4_2)
i4_3 = len(s4_0)
print('i4_3', i4_3)
d4_4 = {'dee': (i4_1 + 48), 'cy': len(s4_0), 'bob': i4_3}
print('d4_4', d4_4)
print(int(i4_3 != len('yy')), ('red' * 3), sep='|')
print(((f4_2 / (f4_2 or 0.5)) / (round(9.44, 1) or 0.5)), len(s4_0.lower()) / 4)
d = {}
d['hal'] = d.get('hal', 0) + i4_3
d['gus'] = d.get('gus', 0) + 113
d['bob'] = d.get('bob', 0) + i4_1
d['hal'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
