# differential test program, seed 51 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=3, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('x')))
print(f0(len('zzz'), len('Mixed Case'), scale=3))
print(f0(b=3, a=2, label='gus'))
print(g0(0, 'bob', k0=8))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 7), ('bob', 2), ('cy', 3), ('dee', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main1())
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 2), ('bob', 1), ('cy', 4), ('dee', 7)]]
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
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 51')
