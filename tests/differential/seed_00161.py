# differential test program, seed 161 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=3, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(129))
print(f0(int(-38 != 109), 132, scale=1))
print(f0(b=0, a=2, label='eve'))
print(g0(6, 'hal', k1=5))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 3), ('bob', 4), ('cy', 2), ('dee', 6)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(1):
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
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 2), ('bob', 4)]]
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
