# differential test program, seed 166 (tools/difftest/generator.py)
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
print(sum(v * v for v in evens0(6)))
print(dict(pairs0(['red', 'yy'])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
# block 1: exceptions
class AppError1(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError1(AppError1):
    pass
def risky1(x):
    if x % 3 == 0:
        raise FatalAppError1(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError1(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [43, 51, 12, 59, 10]:
    try:
        print('ok', risky1(x))
    except FatalAppError1 as e:
        print('fatal', e.code, e)
    except AppError1 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 2), ('bob', 6)]]
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
