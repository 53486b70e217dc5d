# differential test program, seed 195 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [35, -7, 5, -15, 21, -1]
print('l0_0', l0_0)
l0_1 = [26]
print('l0_1', l0_1)
f0_2 = ((9.819 * 36.0) + (1116454212403224005097 * 80.0))
print('f0_2', f0_2)
i0_3 = int(len('blue') == len('x'))
print('i0_3', i0_3)
print(sum(l0_1), len(l0_1))
print(i0_3, f"<{(i0_3 + i0_3)}|{(157 * 85.0):.1f}>", sep=' ')
print(f0_2, ((i0_3 - i0_3) * i0_3) / 9)
d = {}
d['gus'] = d.get('gus', 0) + max(i0_3, i0_3)
d['ann'] = d.get('ann', 0) + int(i0_3 > i0_3)
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = ((i0_3 - i0_3), ''.join(['']), (i0_3 * -39.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'blue', 'Mixed Case', 'x']]
print(pairs)
# block 1: asyncio tasks
import asyncio
async def worker1(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main1():
    out = []
    tasks = [asyncio.create_task(worker1(name, slot, out)) for name, slot in [('ann', 6), ('bob', 3), ('cy', 7), ('dee', 5)]]
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
# block 2: classes with inheritance
class Shape2:
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
class Square2(Shape2):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare2(Square2):
    def area(self):
        return super().area() * 4
    def describe(self):
        return 'big ' + super().describe()
items2 = [Shape2('hal', 6), Shape2('cy', 3)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: exceptions
class AppError3(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError3(AppError3):
    pass
def risky3(x):
    if x % 3 == 0:
        raise FatalAppError3(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError3(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [5, 20, 58, 3, 16, 17]:
    try:
        print('ok', risky3(x))
    except FatalAppError3 as e:
        print('fatal', e.code, e)
    except AppError3 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
try:
    try:
        9 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# block 4: exceptions
class AppError4(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError4(AppError4):
    pass
def risky4(x):
    if x % 3 == 0:
        raise FatalAppError4(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError4(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [23, 2, 46]:
    try:
        print('ok', risky4(x))
    except FatalAppError4 as e:
        print('fatal', e.code, e)
    except AppError4 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
