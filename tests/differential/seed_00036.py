# differential test program, seed 36 (tools/difftest/generator.py)
# block 0: values and operators
d0_0 = {'bob': int(136 != 88), 'ann': 161, 'eve': pow(51, 1)}
print('d0_0', d0_0)
s0_1 = ('zzz' * 2).lower()
print('s0_1', s0_1)
i0_2 = max(int(1058575037950769202862 != 5), max(188, 10))
print('i0_2', i0_2)
t = (len('alpha'), (s0_1 + s0_1), (i0_2 * 88.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'gamma', 'yy', 'blue']]
print(pairs)
t = (i0_2, (s0_1 * 1), (i0_2 * 82.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'green', 'yy', 'beta']]
print(pairs)
t = ((i0_2 + i0_2), f"<{46}|{-45.8}>", (-10.0 * 81.4))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['', 'beta', 'beta']]
print(pairs)
print(48, s0_1, sep='|')
print(((-28.636 / (-71.53 or 0.5)) - -6.817), pow(abs(i0_2), 1) / 1)
print([v * 2 for v in [18, 27, 13, -4, 39] if v % 4 == 0])
# block 1: values and operators
i1_0 = abs(58)
print('i1_0', i1_0)
i1_1 = pow(i1_0, 0)
print('i1_1', i1_1)
s1_2 = ('alpha'[2:3:-1] * 0)
print('s1_2', s1_2)
l1_3 = [-9]
print('l1_3', l1_3)
s1_4 = f"<{int(i1_0 > i1_1):^7}|{(103 * 3.0):8.3f}>"
print('s1_4', s1_4)
l1_5 = l1_3
print('l1_5', l1_5)
print(sum([34, -15, 4]), len([34, -15, 4]))
print(sorted([38], reverse=True))
d = {}
d['eve'] = d.get('eve', 0) + (74 % (i1_0 or 7))
d['gus'] = d.get('gus', 0) + abs(i1_0)
d['cy'] = d.get('cy', 0) + (i1_0 + i1_1)
d['dee'] = d.get('dee', 0) + i1_1
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 2: values and operators
s2_0 = ('gamma' + 'x')[0:2:2]
print('s2_0', s2_0)
f2_1 = round(76.95, 2)
print('f2_1', f2_1)
s2_2 = ((s2_0 * 2) * 0)
print('s2_2', s2_2)
d2_3 = {'bob': (198 + 22)}
print('d2_3', d2_3)
t = ((849500784092282957136 + -8), s2_2, (f2_1 - f2_1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['']]
print(pairs)
t = (int(-45 == 870733906705938356677), 'green'[-1:1:-1], (62.72 - -2.32))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
d = {}
d['cy'] = d.get('cy', 0) + pow(37, 2)
d['ann'] = d.get('ann', 0) + 197
d['cy'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(sorted([29, 27, 13, -5], reverse=True))
# block 3: functions with defaults and keywords
def f3(a, b=5, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(228882716795071780567))
print(f3(min(-19, -43), int(189 > 173), scale=3))
print(f3(b=5, a=5, label='hal'))
print(g3(4, 'eve', k3=5))
try:
    f3()
except TypeError as e:
    print('TypeError', e)
