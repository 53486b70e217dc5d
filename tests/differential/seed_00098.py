# differential test program, seed 98 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = 'yy'
print('s0_0', s0_0)
f0_1 = (int(182 <= 844992502251796327864) * (55.0 - -33.153))
print('f0_1', f0_1)
i0_2 = len(s0_0)
print('i0_2', i0_2)
i0_3 = int(i0_2 > int(i0_2 > i0_2))
print('i0_3', i0_3)
s0_4 = s0_0
print('s0_4', s0_4)
d = {}
d['hal'] = d.get('hal', 0) + int(-3 < i0_3)
d['bob'] = d.get('bob', 0) + int(i0_2 > 8)
d['fay'] = d.get('fay', 0) + (i0_3 * 166)
d['cy'] = d.get('cy', 0) + 59
d['hal'] += 1
print(d.pop('cy'), 'fay' in d, len(d))
print(d)
print(135, ((s0_4 + s0_0) * 2), sep=', ')
print(78.0, min(abs(107), i0_3) / 7)
d = {}
d['dee'] = d.get('dee', 0) + pow(i0_3, 3)
d['fay'] = d.get('fay', 0) + abs(i0_2)
d['hal'] = d.get('hal', 0) + i0_2
d['gus'] = d.get('gus', 0) + i0_3
d['cy'] = d.get('cy', 0) + len(s0_0)
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (len(s0_0), s0_4.strip(), (58.33 - f0_1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', '', 'green', 'red']]
print(pairs)
d = {}
d['ann'] = d.get('ann', 0) + 112
d['dee'] = d.get('dee', 0) + i0_3
d['hal'] = d.get('hal', 0) + (85 // (-15 or 7))
d['cy'] = d.get('cy', 0) + i0_3
d['ann'] += 1
print(d.pop('cy'), 'dee' in d, len(d))
print(d)
# block 1: values and operators
i1_0 = 97
print('i1_0', i1_0)
s1_1 = (f"<{i1_0:>6}|{79.28}>" + str(174))
print('s1_1', s1_1)
f1_2 = ((57.0 - 42.0) - 96.0)
print('f1_2', f1_2)
l1_3 = [-11, 40, 0, -19, -10, -5]
print('l1_3', l1_3)
s1_4 = str((26.797 + f1_2))
print('s1_4', s1_4)
i1_5 = int(len(s1_1) > 267989755561269726320)
print('i1_5', i1_5)
i1_6 = abs(int(i1_5 <= i1_5))
print('i1_6', i1_6)
print(i1_0, f"<{(i1_5 % (i1_6 or 7)):<4}|{(55.31 + -74.017)}>", sep=', ')
print(f1_2, max(len(s1_1), int(i1_5 <= i1_6)) / 1)
t = (max(i1_6, i1_0), ' - '.join([]), (-31.2 + -71.505))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha', 'Mixed Case', 'Mixed Case', 'alpha']]
print(pairs)
d = {}
d['fay'] = d.get('fay', 0) + max(i1_6, i1_5)
d['eve'] = d.get('eve', 0) + i1_5
d['ann'] = d.get('ann', 0) + i1_6
d['dee'] = d.get('dee', 0) + (i1_6 - 195)
d['hal'] = d.get('hal', 0) + i1_0
d['fay'] += 1
print(d.pop('hal'), 'bob' in d, len(d))
print(d)
# block 2: values and operators
i2_0 = 110
print('i2_0', i2_0)
d2_1 = {'cy': (i2_0 - i2_0)}
print('d2_1', d2_1)
s2_2 = (''[2:-1:-1] * 0)
print('s2_2', s2_2)
l2_3 = [-14, 21, -14, -9, -6]
print('l2_3', l2_3)
print([29, 36, -16][3:])
d = {}
d['eve'] = d.get('eve', 0) + int(120 == i2_0)
d['cy'] = d.get('cy', 0) + (i2_0 + i2_0)
d['dee'] = d.get('dee', 0) + i2_0
d['hal'] = d.get('hal', 0) + i2_0
d['eve'] += 1
print(d.pop('hal'), 'ann' in d, len(d))
print(d)
d = {}
d['hal'] = d.get('hal', 0) + len(s2_2)
d['fay'] = d.get('fay', 0) + i2_0
d['ann'] = d.get('ann', 0) + len(s2_2)
d['hal'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (min(i2_0, i2_0), ','.join(['alpha', 'gamma', 'red', 'alpha']), (26 * -77.1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'x']]
print(pairs)
# block 3: values and operators
i3_0 = int((173 + 63) <= min(-34, 12))
print('i3_0', i3_0)
i3_1 = 807497813653373119942
print('i3_1', i3_1)
d3_2 = {'dee': int(i3_0 > i3_1), 'cy': i3_0}
print('d3_2', d3_2)
s3_3 = (f"<{i3_0}|{21.0:.1f}>" * 2)
print('s3_3', s3_3)
print(i3_0, s3_3.replace('a', '4'), sep='|')
print(((-65.28 + 60.197) * -47.015), i3_1 / 1)
d = {}
d['dee'] = d.get('dee', 0) + i3_1
d['ann'] = d.get('ann', 0) + (i3_1 // (i3_1 or 7))
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(i3_0, ''.join([]), sep='|')
print((round(87.82, 3) * (64.694 - -79.829)), i3_1 / 8)
print((i3_1 + i3_1), str(i3_1), sep='|')
print(round((16.0 / (92.5 or 0.5)), 0), i3_0 / 6)
