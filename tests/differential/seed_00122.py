# differential test program, seed 122 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(5)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 0)(9))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 2), ('bob', 5), ('cy', 4), ('dee', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
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
for x in [49, 51, 30, 4, 24]:
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
