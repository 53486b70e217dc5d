# differential test program, seed 147 (tools/difftest/generator.py)
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
print(list(evens0(6)))
print(sum(v * v for v in evens0(10)))
print(dict(pairs0(['blue', '', 'beta'])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 1), ('bob', 4), ('cy', 3), ('dee', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(4):
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
for x in [21, 46, 40, 37, 12]:
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
