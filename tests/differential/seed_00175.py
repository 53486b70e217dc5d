# differential test program, seed 175 (tools/difftest/generator.py)
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
        return super().area() * 2
    def describe(self):
        return 'big ' + super().describe()
items0 = [BigSquare0('dee', 5), BigSquare0('bob', 8), BigSquare0('hal', 8), Shape0('eve', 3)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(7)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 4)(6))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 5), ('bob', 3), ('cy', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
l3_0 = [-6, -18]
print('l3_0', l3_0)
l3_1 = l3_0
print('l3_1', l3_1)
s3_2 = f"<{186:<4}|{(-10.41 + -59.29)}>"
print('s3_2', s3_2)
print((109 + len(s3_2)), (s3_2 + ''.join([])), sep=' ')
print(-8.0, ((90 - 103) + (882132232008039672332 // (28 or 7))) / 6)
print((len(s3_2) - (22 - -29)), (f"<{7:>6}|{-49.9}>" * 2), sep=', ')
print(round(round(37.52, 3), 3), abs(min(86, 91)) / 6)
t = ((-42 % (140 or 7)), s3_2, (10.2 / (-43.2 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'green', 'beta']]
print(pairs)
# block 4: generators
def evens4(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs4(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens4(3)))
print(sum(v * v for v in evens4(8)))
print(dict(pairs4(['x'])))
gen = evens4(3)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens4(3)), all(v % 2 == 0 for v in evens4(3)))
