# differential test program, seed 84 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = len(str(8.98))
print('i0_0', i0_0)
s0_1 = ''.join(['Mixed Case', 'alpha'])
print('s0_1', s0_1)
i0_2 = len('zzz')
print('i0_2', i0_2)
d0_3 = {'cy': 125}
print('d0_3', d0_3)
f0_4 = round(-97.6, 3)
print('f0_4', f0_4)
i0_5 = (i0_2 + i0_0)
print('i0_5', i0_5)
print(int(148 != 111), (s0_1 * 1), sep='|')
print(f0_4, ((i0_2 - i0_5) % (-31 or 7)) / 1)
print(i0_5, (s0_1 + s0_1[1:3:2]), sep=', ')
print(((-98.93 * f0_4) / (f0_4 or 0.5)), max((i0_5 + i0_2), 171) / 5)
# block 1: values and operators
i1_0 = (min(62, -31) + len('blue'))
print('i1_0', i1_0)
d1_1 = {'fay': i1_0, 'dee': 171}
print('d1_1', d1_1)
s1_2 = (('gamma' + '') * 1)
print('s1_2', s1_2)
f1_3 = (85.524 * -44.0)
print('f1_3', f1_3)
vals = [] + [9]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
t = (int(108 < i1_0), f"<{12:<4}|{f1_3:8.3f}>", (f1_3 - f1_3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', 'zzz', 'gamma']]
print(pairs)
print((len(s1_2) + -38), 'green', sep=' ')
print(f1_3, int((i1_0 + i1_0) < min(i1_0, i1_0)) / 6)
print([v * 2 for v in [] if v % 4 == 1])
# block 2: generators
def evens2(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs2(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens2(7)))
print(sum(v * v for v in evens2(9)))
print(dict(pairs2(['gamma', 'x', 'green'])))
gen = evens2(7)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens2(7)), all(v % 2 == 0 for v in evens2(7)))
# block 3: values and operators
d3_0 = {'bob': int(870781777243785195223 <= 188), 'gus': 193, 'eve': (138 * 118)}
print('d3_0', d3_0)
s3_1 = f"<{707436569785355247374:^7}|{-6.89}>"[0:1]
print('s3_1', s3_1)
s3_2 = s3_1[-1:0:2]
print('s3_2', s3_2)
f3_3 = round((164 * -3.2), 3)
print('f3_3', f3_3)
i3_4 = len(s3_2)
print('i3_4', i3_4)
s3_5 = f"<{len('x'):<4}|{(i3_4 * f3_3):.2f}>"
print('s3_5', s3_5)
print([-6, 21, -9][1:])
print(sum([16, -7, 15, 13, -11]), len([16, -7, 15, 13, -11]))
d = {}
d['bob'] = d.get('bob', 0) + int(i3_4 > 53)
d['ann'] = d.get('ann', 0) + len(s3_5)
d['fay'] = d.get('fay', 0) + i3_4
d['bob'] += 1
print(d.pop('fay'), 'hal' in d, len(d))
print(d)
d = {}
d['hal'] = d.get('hal', 0) + (i3_4 - i3_4)
d['ann'] = d.get('ann', 0) + i3_4
d['fay'] = d.get('fay', 0) + i3_4
d['gus'] = d.get('gus', 0) + len(s3_1)
d['hal'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
