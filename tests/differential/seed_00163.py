# differential test program, seed 163 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=7, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((-15 * -36)))
print(f0(int(-35 < 106), len('yy'), scale=2))
print(f0(b=2, a=4, label='cy'))
print(g0(1, 'fay', k2=7))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: classes with inheritance
class Shape1:
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
class Square1(Shape1):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare1(Square1):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items1 = [BigSquare1('ann', 6), BigSquare1('bob', 9), BigSquare1('bob', 4), Shape1('cy', 2)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
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
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items2 = [Shape2('hal', 7), BigSquare2('bob', 9), Square2('cy', 5), Square2('cy', 6)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
# block 3: asyncio tasks
import asyncio
async def worker3(name, slot, out):
    await asyncio.sleep(slot * 0.02)
    out.append(name)
    print('worker', name, 'slot', slot)
    return name.upper() * slot
async def main3():
    out = []
    tasks = [asyncio.create_task(worker3(name, slot, out)) for name, slot in [('ann', 7), ('bob', 6), ('cy', 3), ('dee', 5)]]
    results = await asyncio.gather(*tasks)
    print(results, out)
    queue = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print('total', total)
asyncio.run(main3())
# block 4: values and operators
s4_0 = 'beta'[-2:-1]
print('s4_0', s4_0)
s4_1 = f"<{int(-31 > 109)}|{-70.19}>"
print('s4_1', s4_1)
l4_2 = [-9, 12, -19]
print('l4_2', l4_2)
l4_3 = l4_2
print('l4_3', l4_3)
d4_4 = {'hal': (126 // (147 or 7)), 'eve': (-30 % (27 or 7))}
print('d4_4', d4_4)
d4_5 = {'ann': int(12 > 44), 'eve': (191 % (1164922107525193604925 or 7)), 'dee': max(146, 25)}
print('d4_5', d4_5)
t = (max(5, 133), s4_1[-3:5:2], -58.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'Mixed Case']]
print(pairs)
t = (pow(-25, 1), s4_1.capitalize(), round(-43.0, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x']]
print(pairs)
d = {}
d['bob'] = d.get('bob', 0) + (151 // (190 or 7))
d['cy'] = d.get('cy', 0) + int(172 != 77)
d['hal'] = d.get('hal', 0) + (192 - 19)
d['ann'] = d.get('ann', 0) + len(s4_1)
d['dee'] = d.get('dee', 0) + (-7 + 35)
d['bob'] += 1
for k, v in d.items():
    print(k, v)
