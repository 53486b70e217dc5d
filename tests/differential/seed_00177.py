# differential test program, seed 177 (tools/difftest/generator.py)
# block 0: asyncio tasks
import asyncio
async def worker0(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main0():
    out = []
    tasks = [asyncio.create_task(worker0(name, slot, out)) for name, slot in [('ann', 5), ('bob', 2), ('cy', 4)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main0())
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(8)))
print(sum(v * v for v in evens1(12)))
print(dict(pairs1(['beta', 'green'])))
gen = evens1(8)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens1(8)), all(v % 2 == 0 for v in evens1(8)))
# block 2: values and operators
d2_0 = {'gus': pow(-25, 1), 'cy': int(60 < 184), 'eve': (38 - -50)}
print('d2_0', d2_0)
i2_1 = 69
print('i2_1', i2_1)
d2_2 = {'fay': i2_1, 'eve': min(i2_1, i2_1)}
print('d2_2', d2_2)
print(((i2_1 + i2_1) + 98), str((-3.69 * -82.12)), sep=', ')
print(round((50.195 - -51.267), 2), len('blue'.center(9, '*')) / 9)
d = {}
d['fay'] = d.get('fay', 0) + int(i2_1 < i2_1)
d['cy'] = d.get('cy', 0) + (i2_1 - 9)
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 177')
