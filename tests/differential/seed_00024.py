# differential test program, seed 24 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=3, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((-12 - 146)))
print(f0(171, int(589524015138749594956 != -29), scale=3))
print(f0(b=4, a=1, label='fay'))
print(g0(4, 'bob', k2=0))
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
for x in [57, 47, 4, 19, 6]:
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
try:
    try:
        3 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 2: asyncio tasks
import asyncio
async def worker2(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main2():
    out = []
    tasks = [asyncio.create_task(worker2(name, slot, out)) for name, slot in [('ann', 3), ('bob', 5), ('cy', 7)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(2):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main2())
# block 3: values and operators
s3_0 = str(99.5).strip()
print('s3_0', s3_0)
d3_1 = {'bob': (116 * 153), 'fay': (162 // (-3 or 7))}
print('d3_1', d3_1)
l3_2 = [32, 7, 1, 35]
print('l3_2', l3_2)
i3_3 = (129 + (-28 // (492739197868988337761 or 7)))
print('i3_3', i3_3)
d3_4 = {'hal': min(i3_3, i3_3), 'eve': i3_3, 'gus': i3_3, 'dee': (57 % (i3_3 or 7))}
print('d3_4', d3_4)
f3_5 = ((35.54 / (74.0 or 0.5)) - -4.0)
print('f3_5', f3_5)
i3_6 = i3_3
print('i3_6', i3_6)
print(i3_3, 'green', sep=' ')
print(-53.0, int(len('blue') == (i3_3 + i3_3)) / 9)
print(int((i3_6 * i3_6) <= (i3_3 + i3_3)), f"<{i3_3:<4}|{(-38.6 - f3_5):8.3f}>", sep=' ')
print((round(f3_5, 2) - f3_5), i3_3 / 4)
d = {}
d['dee'] = d.get('dee', 0) + (i3_6 // (i3_3 or 7))
d['cy'] = d.get('cy', 0) + (i3_3 // (i3_6 or 7))
d['dee'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 4: classes with inheritance
class Shape4:
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
class Square4(Shape4):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare4(Square4):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items4 = [BigSquare4('gus', 6), Shape4('bob', 6)]
for item in items4:
    print(item, item.describe(), isinstance(item, Square4))
print(sorted(items4, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items4))
