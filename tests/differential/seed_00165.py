# differential test program, seed 165 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = min((155 // (122 or 7)), min(626460848956235222882, -24))
print('i0_0', i0_0)
s0_1 = (' - '.join(['blue', 'zzz', 'beta', 'alpha']) * 1)
print('s0_1', s0_1)
f0_2 = round(round(-85.5, 1), 3)
print('f0_2', f0_2)
f0_3 = f0_2
print('f0_3', f0_3)
i0_4 = i0_0
print('i0_4', i0_4)
i0_5 = int(i0_4 != int(i0_0 <= i0_4))
print('i0_5', i0_5)
print([-10, 27, 32][4:-2])
d = {}
d['ann'] = d.get('ann', 0) + pow(i0_0, 0)
d['cy'] = d.get('cy', 0) + (36 - i0_0)
d['hal'] = d.get('hal', 0) + len('beta')
d['fay'] = d.get('fay', 0) + (i0_4 - i0_0)
d['ann'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 1: values and operators
s1_0 = str((-10.48 - -19.2))
print('s1_0', s1_0)
i1_1 = len(s1_0)
print('i1_1', i1_1)
f1_2 = ((-66.493 + -21.6) + (i1_1 * -25.9))
print('f1_2', f1_2)
ys = list([-13, -15, 37])
ys.reverse()
print(ys, ys[::2])
print(max(min(i1_1, i1_1), pow(i1_1, 0)), str(i1_1), sep='|')
print(((10.92 - f1_2) - -44.03), 116 / 8)
t = (pow(i1_1, 0), 'alpha', (128 * f1_2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
d = {}
d['eve'] = d.get('eve', 0) + int(i1_1 < i1_1)
d['fay'] = d.get('fay', 0) + pow(-47, 1)
d['dee'] = d.get('dee', 0) + i1_1
d['hal'] = d.get('hal', 0) + i1_1
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(min(min(i1_1, i1_1), 1101096798197290848166), s1_0, sep='|')
print(((i1_1 // (0 or 7)) * round(f1_2, 2)), (int(i1_1 < i1_1) - i1_1) / 2)
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 165')
