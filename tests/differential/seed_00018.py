# differential test program, seed 18 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = ((25.6 - -8.33) + (-35.1 + -52.52))
print('f0_0', f0_0)
s0_1 = f"<{6:<4}|{f0_0:.2f}>"[3:4]
print('s0_1', s0_1)
s0_2 = (s0_1 + 'beta').capitalize()
print('s0_2', s0_2)
s0_3 = ''.join(['yy'])
print('s0_3', s0_3)
l0_4 = [20, 30, -10, -8, -7, 21]
print('l0_4', l0_4)
l0_5 = [6]
print('l0_5', l0_5)
acc = []
for v in [17]:
    acc.append(v + len(s0_3))
print(acc)
print(72, s0_2, sep=' ')
print((f0_0 + round(f0_0, 1)), int(159 != (131 // (42 or 7))) / 3)
t = ((61 + 58), s0_1, round(2.884, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
t = (pow(70, 3), s0_1, f0_0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'beta']]
print(pairs)
print(-27, s0_3.capitalize(), sep=' ')
print(((-67.4 + f0_0) * (-28.0 / (f0_0 or 0.5))), ((54 // (61 or 7)) + int(52 == -9)) / 6)
# block 1: functions with defaults and keywords
def f1(a, b=7, *, label='bob', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(33))
print(f1(int(92 != -31), max(134, 170), scale=4))
print(f1(b=4, a=4, label='gus'))
print(g1(6, 'eve', k3=0))
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
items2 = [Shape2('gus', 6), BigSquare2('bob', 1)]
for item in items2:
    print(item, item.describe(), isinstance(item, Square2))
print(sorted(items2, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items2))
