# differential test program, seed 110 (tools/difftest/generator.py)
# block 0: classes with inheritance
class Shape0:
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
class Square0(Shape0):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare0(Square0):
    def area(self):
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('eve', 9), BigSquare0('bob', 9), Square0('fay', 1)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: values and operators
i1_0 = (int(58 > 42) // ((188 % (181 or 7)) or 7))
print('i1_0', i1_0)
l1_1 = [-8]
print('l1_1', l1_1)
f1_2 = ((-64.6 / (-1.03 or 0.5)) / ((-38.8 - -99.22) or 0.5))
print('f1_2', f1_2)
l1_3 = l1_1
print('l1_3', l1_3)
s1_4 = ('' * 2)[-2:4:-1]
print('s1_4', s1_4)
i1_5 = (abs(i1_0) // (i1_0 or 7))
print('i1_5', i1_5)
i1_6 = len(str(-73.8))
print('i1_6', i1_6)
print([v * 3 for v in [24, -2, 34, -17] if v % 2 == 0])
print(sorted(l1_1, reverse=True))
t = (i1_6, s1_4, (34.0 / (f1_2 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha', 'yy']]
print(pairs)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 5), ('bob', 6), ('cy', 3)]]
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
# block 3: classes with inheritance
class Shape3:
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
class Square3(Shape3):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare3(Square3):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items3 = [BigSquare3('dee', 8), BigSquare3('hal', 5)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items4 = [BigSquare4('dee', 8), Shape4('bob', 1), Shape4('cy', 1)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
