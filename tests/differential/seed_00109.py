# differential test program, seed 109 (tools/difftest/generator.py)
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
items0 = [BigSquare0('ann', 2), Shape0('hal', 5), BigSquare0('bob', 4)]
for item in items0:
    print(item, item.describe(), isinstance(item, Square0))
print(sorted(items0, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items0))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 3), ('bob', 4), ('cy', 2), ('dee', 7)]]
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
for x in [33, 11, 40]:
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
for x in [8, 38, 46, 11]:
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
