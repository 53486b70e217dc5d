# differential test program, seed 140 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = len('')
print('i0_0', i0_0)
l0_1 = [-20]
print('l0_1', l0_1)
s0_2 = ' - '.join([])[2:3:-1]
print('s0_2', s0_2)
i0_3 = i0_0
print('i0_3', i0_3)
l0_4 = [8, 38, -2, -17, 14]
print('l0_4', l0_4)
print(i0_3, 'yy', sep=', ')
print(round((73.541 * 32.416), 1), (int(i0_3 < i0_3) - i0_0) / 4)
print(int(len(s0_2) > len(s0_2)), ''.join(['x', '']), sep='|')
print(((i0_3 - i0_3) * round(-25.3, 1)), abs((i0_0 - i0_3)) / 3)
d = {}
d['eve'] = d.get('eve', 0) + min(i0_3, i0_0)
d['fay'] = d.get('fay', 0) + int(i0_3 == i0_3)
d['ann'] = d.get('ann', 0) + abs(i0_0)
d['gus'] = d.get('gus', 0) + int(i0_3 > i0_3)
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (len(''), ('green' * 3), (-97.789 + -8.7))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha']]
print(pairs)
print((int(i0_3 <= i0_0) - i0_0), s0_2.capitalize().title(), sep='|')
print((-76.0 * 36.102), i0_0 / 9)
# block 1: values and operators
i1_0 = pow(len(''), 0)
print('i1_0', i1_0)
l1_1 = [-18, -15, 36, 25]
print('l1_1', l1_1)
f1_2 = ((i1_0 * 66.146) * (90.931 + 55.5))
print('f1_2', f1_2)
f1_3 = ((i1_0 * f1_2) + f1_2)
print('f1_3', f1_3)
i1_4 = (i1_0 * i1_0)
print('i1_4', i1_4)
s1_5 = ('red'.strip() + 'yy')
print('s1_5', s1_5)
l1_6 = [38, 4, 0]
print('l1_6', l1_6)
print(l1_1[0:2])
t = (max(i1_4, i1_0), (s1_5 + s1_5), (i1_4 * f1_3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'gamma', '', '']]
print(pairs)
d = {}
d['hal'] = d.get('hal', 0) + 595779699779114218503
d['eve'] = d.get('eve', 0) + i1_0
d['hal'] += 1
for k, v in d.items():
    print(k, v)
