# differential test program, seed 132 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=6, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((148 + 65)))
print(f0((97 - 119), max(100, 153), scale=1))
print(f0(b=4, a=0, label='fay'))
print(g0(8, 'bob', k1=5))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(5)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(0) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 1)(3))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
f3_0 = (-83.61 / ((71 * -20.0) or 0.5))
print('f3_0', f3_0)
d3_1 = {'cy': (11 - 141), 'gus': int(164 == 142)}
print('d3_1', d3_1)
i3_2 = 124
print('i3_2', i3_2)
i3_3 = i3_2
print('i3_3', i3_3)
s3_4 = ''.join(['green', 'Mixed Case', ''])
print('s3_4', s3_4)
print(i3_3, s3_4, sep=' ')
print(f3_0, (i3_2 + int(197 == 160)) / 1)
vals = [-4, 22, 21, -12] + [6]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(i3_3, s3_4, sep=', ')
print(((f3_0 + f3_0) / (f3_0 or 0.5)), len(repr('green')) / 2)
t = (i3_2, f"<{-21}|{75.0:.2f}>", (20 * -10.68))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta', 'red', 'beta']]
print(pairs)
t = (i3_2, s3_4, (43 * f3_0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'zzz', 'Mixed Case', 'red']]
print(pairs)
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items4 = [BigSquare4('fay', 8), BigSquare4('gus', 6), BigSquare4('ann', 4)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
