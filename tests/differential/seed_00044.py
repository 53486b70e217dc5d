# differential test program, seed 44 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = ('green' + 'zzz')[-1:-3]
print('s0_0', s0_0)
l0_1 = [24, 20]
print('l0_1', l0_1)
s0_2 = ' - '.join(['gamma', 'green'])
print('s0_2', s0_2)
f0_3 = (round(-78.0, 0) - (88.62 + -22.824))
print('f0_3', f0_3)
d = {}
d['cy'] = d.get('cy', 0) + (808275552537359680719 - 139)
d['hal'] = d.get('hal', 0) + int(70 != 66)
d['fay'] = d.get('fay', 0) + int(199 < 7)
d['cy'] += 1
for k, v in d.items():
    print(k, v)
t = ((42 % (7 or 7)), ''.join([]), round(35.173, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['blue']]
print(pairs)
print([v * -1 for v in [38, 21] if v % 2 == 0])
print((int(200 < 200) - (74 + 26)), f"<{-17}|{f0_3:8.3f}>"[0:1:-1], sep=' ')
print((max(914518585137122029075, 86) * (-93.1 / (f0_3 or 0.5))), 171 / 7)
d = {}
d['eve'] = d.get('eve', 0) + len('gamma')
d['bob'] = d.get('bob', 0) + (-30 // (124 or 7))
d['gus'] = d.get('gus', 0) + int(196 > -10)
d['hal'] = d.get('hal', 0) + int(-49 == 704884573547282557939)
d['cy'] = d.get('cy', 0) + (-31 - 64590043889970616750)
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(4)))
print(sum(v * v for v in evens1(6)))
print(dict(pairs1([''])))
gen = evens1(4)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens1(4)), all(v % 2 == 0 for v in evens1(4)))
# block 2: values and operators
s2_0 = str((17.1 - 54.6))
print('s2_0', s2_0)
i2_1 = min((151 // (174 or 7)), pow(-22, 2))
print('i2_1', i2_1)
s2_2 = s2_0
print('s2_2', s2_2)
d2_3 = {'hal': i2_1, 'fay': 58}
print('d2_3', d2_3)
s2_4 = ('beta' + str(-96.1))
print('s2_4', s2_4)
t = (len(s2_0), ''.join([]), (30.48 * 88.5))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(-32, (s2_0[-3:-1:2] + s2_4), sep=' ')
print((93.0 + 10.39), len(s2_4) / 6)
print(i2_1, 'red', sep=' ')
print((66.0 / (77.9 or 0.5)), int(abs(i2_1) > int(i2_1 > i2_1)) / 9)
d = {}
d['bob'] = d.get('bob', 0) + (i2_1 - i2_1)
d['cy'] = d.get('cy', 0) + (i2_1 - i2_1)
d['gus'] = d.get('gus', 0) + i2_1
d['bob'] += 1
print(d.pop('gus'), 'dee' in d, len(d))
print(d)
# block 3: classes with inheritance
class Shape3:
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
class Square3(Shape3):
    kind = 'square'
    def area(self):
        return self.size * self.size
class BigSquare3(Square3):
    def area(self):
        return super().area() * 3
    def describe(self):
        return 'big ' + super().describe()
items3 = [Square3('gus', 6), Square3('fay', 1), Square3('fay', 8), BigSquare3('eve', 6)]
for item in items3:
    print(item, item.describe(), isinstance(item, Square3))
print(sorted(items3, key=lambda s: (s.area(), s.name)))
print(sum(s.area() for s in items3))
# block 4: functions with defaults and keywords
def f4(a, b=0, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4(abs(137)))
print(f4((107 % (75 or 7)), (20 - 1151337438935224978908), scale=4))
print(f4(b=4, a=4, label='dee'))
print(g4(9, 'dee', k1=7))
