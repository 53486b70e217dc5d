# differential test program, seed 145 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = int((20 + -3) < len('yy'))
print('i0_0', i0_0)
i0_1 = ((i0_0 // (-41 or 7)) * i0_0)
print('i0_1', i0_1)
s0_2 = ' - '.join(['', 'beta', '', 'x'])[-3:4:-1]
print('s0_2', s0_2)
f0_3 = ((25 * -56.1) / (round(18.0, 3) or 0.5))
print('f0_3', f0_3)
s0_4 = (s0_2 * 1)
print('s0_4', s0_4)
s0_5 = 'blue'[1:1:-1][0:6:-1]
print('s0_5', s0_5)
d = {}
d['eve'] = d.get('eve', 0) + i0_0
d['hal'] = d.get('hal', 0) + 442160458401984927849
d['ann'] = d.get('ann', 0) + i0_1
d['dee'] = d.get('dee', 0) + i0_0
d['eve'] += 1
for k, v in d.items():
    print(k, v)
d = {}
d['dee'] = d.get('dee', 0) + abs(i0_0)
d['bob'] = d.get('bob', 0) + i0_1
d['hal'] = d.get('hal', 0) + (i0_0 + 88)
d['ann'] = d.get('ann', 0) + int(i0_0 < i0_0)
d['dee'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(sum([3, 19, 36]), len([3, 19, 36]))
print(abs((118 - 191)), s0_4, sep=' ')
print(((f0_3 - f0_3) / ((f0_3 - f0_3) or 0.5)), int(int(-8 <= i0_1) != len(s0_5)) / 1)
t = (i0_0, s0_5.upper(), f0_3)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'red', 'blue']]
print(pairs)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(1)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 3)(0))
# block 2: values and operators
i2_0 = len(f"<{95:>6}|{-74.6:.2f}>")
print('i2_0', i2_0)
i2_1 = len(str(53.725))
print('i2_1', i2_1)
s2_2 = 'blue'
print('s2_2', s2_2)
i2_3 = ((-4 - 940365417181097178501) - (126 * i2_1))
print('i2_3', i2_3)
d = {}
d['bob'] = d.get('bob', 0) + (-14 + -46)
d['dee'] = d.get('dee', 0) + i2_0
d['ann'] = d.get('ann', 0) + pow(i2_3, 0)
d['eve'] = d.get('eve', 0) + i2_1
d['bob'] += 1
for k, v in d.items():
    print(k, v)
t = (min(i2_3, i2_1), s2_2, 74.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + i2_0
d['bob'] = d.get('bob', 0) + pow(i2_1, 1)
d['ann'] = d.get('ann', 0) + int(i2_0 <= i2_1)
d['fay'] = d.get('fay', 0) + pow(i2_1, 0)
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 3: values and operators
f3_0 = (round(92.0, 3) / ((-61.6 * 75.56) or 0.5))
print('f3_0', f3_0)
i3_1 = ((29 // (88 or 7)) + 1129161223354667497093)
print('i3_1', i3_1)
s3_2 = (str(90.0) + 'zzz'.replace('a', '4'))
print('s3_2', s3_2)
print((max(i3_1, i3_1) - (i3_1 + i3_1)), 'Mixed Case', sep=' ')
print((round(f3_0, 2) * f3_0), -25 / 8)
d = {}
d['dee'] = d.get('dee', 0) + (16 // (i3_1 or 7))
d['fay'] = d.get('fay', 0) + 174
d['dee'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print([v * 3 for v in [18, -5, 16] if v % 3 == 1])
d = {}
d['dee'] = d.get('dee', 0) + (i3_1 % (1032394685760406641506 or 7))
d['gus'] = d.get('gus', 0) + (i3_1 // (i3_1 or 7))
d['dee'] += 1
for k, v in d.items():
    print(k, v)
# block 4: closures
def counter4(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(1)
print(c(), c(), c(2))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(3) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 3, lambda v: v - 3)(6))
