# differential test program, seed 46 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(3)))
print(sum(v * v for v in evens0(7)))
print(dict(pairs0(['alpha', '', 'zzz', 'blue'])))
gen = evens0(3)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens0(3)), all(v % 2 == 0 for v in evens0(3)))
# block 1: values and operators
i1_0 = (-16 + len('zzz'))
print('i1_0', i1_0)
f1_1 = (i1_0 * (i1_0 * -6.0))
print('f1_1', f1_1)
s1_2 = (','.join(['zzz', 'yy']) + f"<{i1_0:>6}|{f1_1:.2f}>")
print('s1_2', s1_2)
print(i1_0, ('Mixed Case'.title() + s1_2), sep=' ')
print((f1_1 * f1_1), int(i1_0 < abs(i1_0)) / 1)
d = {}
d['gus'] = d.get('gus', 0) + int(10 == 214915175718147124249)
d['eve'] = d.get('eve', 0) + i1_0
d['fay'] = d.get('fay', 0) + int(i1_0 != i1_0)
d['ann'] = d.get('ann', 0) + (i1_0 // (0 or 7))
d['gus'] += 1
for k, v in d.items():
    print(k, v)
print((int(i1_0 != i1_0) * pow(i1_0, 0)), s1_2, sep=', ')
print((round(f1_1, 3) / (42.15 or 0.5)), (abs(157) + i1_0) / 6)
t = (i1_0, '', round(22.0, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(i1_0, 'gamma', sep=', ')
print(f1_1, (i1_0 // (i1_0 or 7)) / 6)
