# differential test program, seed 190 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=5, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((-32 - 936967898443898362688)))
print(f0(len('Mixed Case'), len('zzz'), scale=3))
print(f0(b=5, a=2, label='gus'))
print(g0(0, 'fay', k1=6))
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 5), ('bob', 3), ('cy', 7)]]
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
