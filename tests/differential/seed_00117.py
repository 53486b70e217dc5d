# differential test program, seed 117 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=2, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(min(133, 157)))
print(f0(int(45 != 48), int(-10 != 112), scale=2))
print(f0(b=3, a=5, label='hal'))
print(g0(6, 'dee', k1=5))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: values and operators
s1_0 = 'red'
print('s1_0', s1_0)
i1_1 = (max(92, 129) * (89 * 33))
print('i1_1', i1_1)
i1_2 = (115 // (min(158, i1_1) or 7))
print('i1_2', i1_2)
s1_3 = str((i1_2 * 25.09))
print('s1_3', s1_3)
l1_4 = [-6, 31, 24]
print('l1_4', l1_4)
l1_5 = [-16, 24, 16]
print('l1_5', l1_5)
s1_6 = str(round(48.02, 0))
print('s1_6', s1_6)
for i, v in enumerate(l1_5[:3]):
    print(i, v, i * v)
t = (175, (s1_3 * 2), round(-85.755, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case', 'blue', 'red']]
print(pairs)
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
items2 = [Square2('hal', 7), BigSquare2('ann', 4), Square2('eve', 3)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
