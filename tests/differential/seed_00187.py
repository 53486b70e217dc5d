# differential test program, seed 187 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 2), ('bob', 5), ('cy', 1), ('dee', 7)]]
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
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 5), ('bob', 4)]]
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
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items2 = [Square2('fay', 8), Shape2('fay', 9)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(6)))
print(sum(v * v for v in evens3(10)))
print(dict(pairs3(['blue'])))
gen = evens3(6)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens3(6)), all(v % 2 == 0 for v in evens3(6)))
