# differential test program, seed 38 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(8)))
print(sum(v * v for v in evens0(8)))
print(dict(pairs0([])))
gen = evens0(8)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens0(8)), all(v % 2 == 0 for v in evens0(8)))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 1), ('bob', 5), ('cy', 2)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: exceptions
class AppError2(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError2(AppError2):
    pass
def risky2(x):
    if x % 3 == 0:
        raise FatalAppError2(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError2(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [17, 45, 21, 39, 46]:
    try:
        print('ok', risky2(x))
    except FatalAppError2 as e:
        print('fatal', e.code, e)
    except AppError2 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
try:
    try:
        7 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
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
items3 = [Square3('cy', 7), BigSquare3('dee', 1), Square3('fay', 9), BigSquare3('ann', 3)]
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
    tasks = [asyncio.create_task(worker4(name, slot, out)) for name, slot in [('ann', 3), ('bob', 1)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main4())
