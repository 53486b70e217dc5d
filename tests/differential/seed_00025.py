# differential test program, seed 25 (tools/difftest/generator.py)
# block 0: values and operators
d0_0 = {'hal': 58, 'ann': -19, 'cy': len('zzz')}
print('d0_0', d0_0)
d0_1 = {'cy': len('zzz'), 'eve': 163, 'hal': int(41 != -9)}
print('d0_1', d0_1)
s0_2 = (('x' + 'zzz') * 1)
print('s0_2', s0_2)
l0_3 = []
print('l0_3', l0_3)
for i, v in enumerate([29][:3]):
    print(i, v, i * v)
print(pow(len(s0_2), 0), f"<{162:<4}|{(-96.3 / (23.61 or 0.5)):.1f}>", sep=' ')
print((-81.5 * (84.99 + 26.238)), ((124 // (40 or 7)) * len('beta')) / 7)
t = (94, ','.join(['red', 'blue', 'Mixed Case', 'beta']), round(48.3, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
# block 1: functions with defaults and keywords
def f1(a, b=0, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((1137630933126558090225 % (-18 or 7))))
print(f1((5 + 35276943815118695755), (8 + 141872175877328468705), scale=3))
print(f1(b=0, a=3, label='eve'))
print(g1(5, 'eve', k2=4))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: functions with defaults and keywords
def f2(a, b=4, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(-50))
print(f2((72 + 65), (30 - 148), scale=2))
print(f2(b=2, a=3, label='bob'))
print(g2(3, 'ann', k0=2))
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(7)))
print(sum(v * v for v in evens3(7)))
print(dict(pairs3(['blue'])))
gen = evens3(7)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens3(7)), all(v % 2 == 0 for v in evens3(7)))
# block 4: values and operators
f4_0 = round(-84.8, 0)
print('f4_0', f4_0)
i4_1 = len('green')
print('i4_1', i4_1)
l4_2 = [28, 40, 27, 11, -17]
print('l4_2', l4_2)
d4_3 = {'bob': i4_1}
print('d4_3', d4_3)
s4_4 = f"<{i4_1:>6}|{97.16}>".ljust(6, '.')
print('s4_4', s4_4)
d = {}
d['gus'] = d.get('gus', 0) + len('Mixed Case')
d['ann'] = d.get('ann', 0) + i4_1
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
d = {}
d['eve'] = d.get('eve', 0) + i4_1
d['dee'] = d.get('dee', 0) + len(s4_4)
d['gus'] = d.get('gus', 0) + (i4_1 - i4_1)
d['eve'] += 1
for k, v in d.items():
    print(k, v)
t = (len(s4_4), s4_4.replace('a', '4'), (73.0 / (f4_0 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
