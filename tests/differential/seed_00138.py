# differential test program, seed 138 (tools/difftest/generator.py)
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
print(sum(v * v for v in evens0(11)))
print(dict(pairs0(['alpha', 'zzz'])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(2)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(2) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 1)(2))
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 1), ('bob', 2), ('cy', 6), ('dee', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 138')
