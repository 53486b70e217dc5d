# differential test program, seed 189 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(9)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(6) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(0))
# block 1: values and operators
i1_0 = ((174 + 2) * 147)
print('i1_0', i1_0)
l1_1 = [-8]
print('l1_1', l1_1)
l1_2 = l1_1
print('l1_2', l1_2)
d1_3 = {'eve': (434021697000913941687 + 136)}
print('d1_3', d1_3)
f1_4 = (i1_0 * round(90.935, 1))
print('f1_4', f1_4)
s1_5 = ('x' + f"<{i1_0}|{f1_4:8.3f}>")
print('s1_5', s1_5)
s1_6 = (s1_5.zfill(5) * 0)
print('s1_6', s1_6)
t = (i1_0, s1_6, round(f1_4, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'blue', 'green']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + i1_0
d['eve'] = d.get('eve', 0) + i1_0
d['bob'] = d.get('bob', 0) + i1_0
d['ann'] = d.get('ann', 0) + 181
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items2 = [Square2('fay', 3), Shape2('bob', 8), Shape2('dee', 5)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items3 = [Square3('fay', 3), Shape3('hal', 1)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
# block 4: asyncio tasks
import asyncio
async def worker4(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main4():
    out = []
    tasks = [asyncio.create_task(worker4(name, slot, out)) for name, slot in [('ann', 4), ('bob', 3), ('cy', 2), ('dee', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main4())
