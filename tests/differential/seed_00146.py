# differential test program, seed 146 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=9, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(22))
print(f0(-40, (87 + 23), scale=3))
print(f0(b=0, a=0, label='ann'))
print(g0(7, 'ann', k3=2))
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
        return super().area() * 5
    def describe(self):
        return 'big ' + super().describe()
items1 = [Shape1('gus', 7), BigSquare1('fay', 8), Square1('hal', 6), Square1('cy', 6)]
for item in items1:
    print(item, item.describe(), isinstance(item, Square1))
print(sorted(items1, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items1))
# block 2: values and operators
i2_0 = 64
print('i2_0', i2_0)
d2_1 = {'hal': max(45, i2_0), 'bob': i2_0, 'eve': i2_0}
print('d2_1', d2_1)
d2_2 = {'hal': (i2_0 % (-27 or 7)), 'fay': len('yy'), 'eve': i2_0}
print('d2_2', d2_2)
s2_3 = ('beta' * 1)
print('s2_3', s2_3)
print(i2_0, (''.join(['', 'Mixed Case', 'Mixed Case', 'alpha']) + str(i2_0)), sep=' ')
print(((-51.0 / (57.0 or 0.5)) / ((-48 * 68.773) or 0.5)), 83 / 3)
print([-5][1:])
d = {}
d['ann'] = d.get('ann', 0) + i2_0
d['bob'] = d.get('bob', 0) + len(s2_3)
d['hal'] = d.get('hal', 0) + int(i2_0 > i2_0)
d['fay'] = d.get('fay', 0) + i2_0
d['ann'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
