# differential test program, seed 180 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = f"<{(-49 % (-22 or 7))}|{(5.0 - -94.4)}>"
print('s0_0', s0_0)
i0_1 = 17
print('i0_1', i0_1)
l0_2 = [27, 12, 15, 16, 4, 7]
print('l0_2', l0_2)
print(sum(l0_2), len(l0_2))
t = (129, s0_0[-2:-1], (92.117 / (-20.58 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'red', 'zzz']]
print(pairs)
print(((73 * i0_1) + (i0_1 - i0_1)), 'yy', sep=', ')
print(((i0_1 * 78.0) * round(-86.335, 3)), (abs(i0_1) % ((36 - 54) or 7)) / 3)
d = {}
d['bob'] = d.get('bob', 0) + (i0_1 * 104)
d['ann'] = d.get('ann', 0) + i0_1
d['hal'] = d.get('hal', 0) + max(i0_1, 171)
d['cy'] = d.get('cy', 0) + len(s0_0)
d['bob'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 1: values and operators
i1_0 = len(('gamma' + 'zzz'))
print('i1_0', i1_0)
s1_1 = 'Mixed Case'
print('s1_1', s1_1)
i1_2 = len(s1_1[0:-2:-1])
print('i1_2', i1_2)
i1_3 = min(i1_2, i1_2)
print('i1_3', i1_3)
d1_4 = {'eve': (i1_3 - 52)}
print('d1_4', d1_4)
d1_5 = {'bob': int(i1_3 == i1_0), 'gus': (-38 + 109), 'ann': i1_3, 'dee': len('x')}
print('d1_5', d1_5)
d = {}
d['bob'] = d.get('bob', 0) + i1_2
d['eve'] = d.get('eve', 0) + len(s1_1)
d['gus'] = d.get('gus', 0) + int(i1_0 > i1_2)
d['cy'] = d.get('cy', 0) + i1_0
d['bob'] += 1
print(d.pop('cy'), 'fay' in d, len(d))
print(d)
print(((i1_2 * i1_2) % (int(i1_2 > 146) or 7)), (s1_1[2:2:-1] + (s1_1 * 0)), sep=' ')
print(((i1_3 // (i1_2 or 7)) * (i1_2 * -97.9)), len(''.join(['alpha', 'zzz', 'red', 'x'])) / 6)
print(i1_0, s1_1, sep=' ')
print(-46.2, ((-38 + -20) + int(i1_2 != i1_3)) / 6)
print(sum([]), len([]))
# block 2: values and operators
s2_0 = (str(60.4) + f"<{85:<4}|{28.55:.1f}>")
print('s2_0', s2_0)
f2_1 = (int(188 != 5) * (-34.9 + -92.252))
print('f2_1', f2_1)
f2_2 = (f2_1 + (f2_1 + f2_1))
print('f2_2', f2_2)
d2_3 = {'ann': int(92 > 179), 'eve': int(179 < 105), 'fay': (-22 // (288894601410416946310 or 7))}
print('d2_3', d2_3)
l2_4 = [16]
print('l2_4', l2_4)
print([v * -2 for v in l2_4 if v % 3 == 0])
d = {}
d['dee'] = d.get('dee', 0) + int(172 != 53)
d['eve'] = d.get('eve', 0) + 5
d['ann'] = d.get('ann', 0) + (106 * 148)
d['hal'] = d.get('hal', 0) + min(-35, -31)
d['dee'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print([][2:])
d = {}
d['fay'] = d.get('fay', 0) + min(30, 168)
d['gus'] = d.get('gus', 0) + int(198 != -46)
d['bob'] = d.get('bob', 0) + int(56 < 18)
d['dee'] = d.get('dee', 0) + -19
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
