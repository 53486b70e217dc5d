# differential test program, seed 15 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = []
print('l0_0', l0_0)
i0_1 = (124 + (36 - 21))
print('i0_1', i0_1)
s0_2 = f"<{i0_1:<4}|{(-38.872 + 68.135):.1f}>"
print('s0_2', s0_2)
i0_3 = len(' - '.join(['Mixed Case', 'gamma', '']))
print('i0_3', i0_3)
s0_4 = 'alpha'[3:-2:2]
print('s0_4', s0_4)
i0_5 = int(i0_1 == int(i0_1 < -32))
print('i0_5', i0_5)
s0_6 = str((i0_1 // (i0_1 or 7)))
print('s0_6', s0_6)
print(i0_1, (f"<{187:^7}|{-43.0}>" * 3), sep=' ')
print(((13.003 + -5.0) * (55.55 / (36.0 or 0.5))), 116 / 7)
print(((i0_3 % (178 or 7)) + abs(i0_5)), (s0_4 + s0_4)[1:-3], sep=' ')
print(((i0_1 // (i0_5 or 7)) * (85.1 * 97.435)), (i0_3 - i0_3) / 6)
print(int(len('x') > 166), s0_6, sep=', ')
print(((15.76 - -53.0) / (round(17.43, 3) or 0.5)), abs((i0_3 * i0_1)) / 1)
print(i0_1, s0_6, sep='|')
print(((134 * 7.1) - (-26.3 - -25.5)), int(i0_3 != len(s0_6)) / 3)
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
print(list(evens1(3)))
print(sum(v * v for v in evens1(6)))
print(dict(pairs1(['yy', 'alpha'])))
gen = evens1(3)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens1(3)), all(v % 2 == 0 for v in evens1(3)))
# block 2: values and operators
f2_0 = ((18337794929310603500 * -11.0) / ((19.32 / (-9.116 or 0.5)) or 0.5))
print('f2_0', f2_0)
s2_1 = ('yy'.center(9, '*') + str(f2_0))
print('s2_1', s2_1)
i2_2 = int(max(171, 189) == abs(126))
print('i2_2', i2_2)
i2_3 = ((i2_2 * i2_2) - len(''))
print('i2_3', i2_3)
i2_4 = i2_3
print('i2_4', i2_4)
s2_5 = s2_1
print('s2_5', s2_5)
print(pow(i2_3, 3), s2_5[-1:2].center(9, '*'), sep=' ')
print((f2_0 * (f2_0 + f2_0)), len(s2_1) / 8)
t = (i2_4, (s2_5 * 0), -48.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red']]
print(pairs)
t = (max(i2_4, i2_3), s2_1.ljust(6, '.'), (i2_3 * f2_0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x']]
print(pairs)
d = {}
d['ann'] = d.get('ann', 0) + i2_2
d['eve'] = d.get('eve', 0) + pow(i2_2, 1)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
vals = [-17] + [8]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
