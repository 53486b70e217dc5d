# differential test program, seed 85 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = ((87 % (100 or 7)) // (len('Mixed Case') or 7))
print('i0_0', i0_0)
s0_1 = ('' + ('yy' + 'yy'))
print('s0_1', s0_1)
l0_2 = [21]
print('l0_2', l0_2)
d0_3 = {'cy': i0_0, 'dee': i0_0}
print('d0_3', d0_3)
s0_4 = ','.join(['', 'zzz', 'alpha', 'red'])
print('s0_4', s0_4)
t = (i0_0, ('x' + s0_1), (11.3 + -27.7))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['blue', 'yy']]
print(pairs)
print(i0_0, 'beta', sep='|')
print(((-30.8 + -74.22) - (7.0 - 93.5)), int(int(i0_0 > i0_0) == i0_0) / 7)
print(((i0_0 // (i0_0 or 7)) - (i0_0 // (i0_0 or 7))), s0_1.lower().title(), sep=', ')
print((-92.0 * (90.0 + -21.555)), i0_0 / 1)
d = {}
d['eve'] = d.get('eve', 0) + 459580673359673813952
d['bob'] = d.get('bob', 0) + i0_0
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
d = {}
d['bob'] = d.get('bob', 0) + i0_0
d['fay'] = d.get('fay', 0) + i0_0
d['gus'] = d.get('gus', 0) + i0_0
d['cy'] = d.get('cy', 0) + i0_0
d['bob'] += 1
for k, v in d.items():
    print(k, v)
# block 1: functions with defaults and keywords
def f1(a, b=7, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(147))
print(f1(int(13 == -28), 44, scale=2))
print(f1(b=5, a=0, label='bob'))
print(g1(9, 'hal', k3=6))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
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
print(sum(v * v for v in evens2(10)))
print(dict(pairs2(['zzz', 'zzz', 'blue', ''])))
gen = evens2(7)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens2(7)), all(v % 2 == 0 for v in evens2(7)))
