# differential test program, seed 107 (tools/difftest/generator.py)
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
print(list(evens0(6)))
print(sum(v * v for v in evens0(8)))
print(dict(pairs0(['x'])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
# block 1: values and operators
f1_0 = round(41.75, 2)
print('f1_0', f1_0)
i1_1 = ((-21 - -34) % (min(-28, 61) or 7))
print('i1_1', i1_1)
d1_2 = {'bob': (i1_1 // (137 or 7)), 'eve': (i1_1 - 150)}
print('d1_2', d1_2)
s1_3 = f"<{i1_1:^7}|{-24.0}>"[3:0:-1]
print('s1_3', s1_3)
s1_4 = repr('alpha')[3:-2:-1]
print('s1_4', s1_4)
print((int(i1_1 != i1_1) + pow(i1_1, 0)), (s1_3 + s1_3), sep=' ')
print(round((f1_0 + f1_0), 0), int(int(i1_1 != i1_1) < i1_1) / 8)
d = {}
d['dee'] = d.get('dee', 0) + (i1_1 % (i1_1 or 7))
d['ann'] = d.get('ann', 0) + i1_1
d['fay'] = d.get('fay', 0) + (i1_1 * 164819848934954030322)
d['gus'] = d.get('gus', 0) + i1_1
d['eve'] = d.get('eve', 0) + i1_1
d['dee'] += 1
print(d.pop('eve'), 'bob' in d, len(d))
print(d)
t = (i1_1, str(i1_1), (-20.9 + f1_0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'red', 'red', 'green']]
print(pairs)
print(i1_1, s1_3, sep='|')
print(43.706, (i1_1 * min(i1_1, i1_1)) / 6)
vals = [] + [7]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
# block 2: functions with defaults and keywords
def f2(a, b=4, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((46 // (1041571554086051279062 or 7))))
print(f2(pow(104, 1), (-42 * -49), scale=1))
print(f2(b=2, a=5, label='bob'))
print(g2(7, 'fay', k0=3))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
