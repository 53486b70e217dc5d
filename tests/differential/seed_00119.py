# differential test program, seed 119 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=8, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(1136885176931171352564))
print(f0((21 - -46), max(-35, 68), scale=1))
print(f0(b=4, a=4, label='hal'))
print(g0(6, 'bob', k0=3))
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
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 4), ('bob', 5), ('cy', 6)]]
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
# block 2: functions with defaults and keywords
def f2(a, b=1, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((104 + 142)))
print(f2(max(2, 10), min(113, 495711455705250848717), scale=1))
print(f2(b=0, a=2, label='bob'))
print(g2(4, 'cy', k2=4))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: functions with defaults and keywords
def f3(a, b=5, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(int(-27 > 126)))
print(f3((92 - 166), int(-9 <= 103), scale=2))
print(f3(b=0, a=1, label='cy'))
print(g3(1, 'dee', k3=8))
