# differential test program, seed 156 (tools/difftest/generator.py)
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
print(list(evens0(8)))
print(sum(v * v for v in evens0(9)))
print(dict(pairs0(['blue', 'alpha'])))
gen = evens0(8)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens0(8)), all(v % 2 == 0 for v in evens0(8)))
# block 1: functions with defaults and keywords
def f1(a, b=8, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(max(516771585410402239767, 47)))
print(f1(157, int(151 == 99), scale=2))
print(f1(b=4, a=3, label='cy'))
print(g1(4, 'ann', k0=3))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: functions with defaults and keywords
def f2(a, b=7, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2((108 - 95)))
print(f2((127 % (-6 or 7)), (36 + 470636986830516741079), scale=1))
print(f2(b=2, a=4, label='gus'))
print(g2(1, 'eve', k2=7))
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
print(list(evens3(3)))
print(sum(v * v for v in evens3(7)))
print(dict(pairs3(['alpha', 'Mixed Case'])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
# block 4: values and operators
f4_0 = -10.554
print('f4_0', f4_0)
i4_1 = ((151 // (-17 or 7)) % (abs(23) or 7))
print('i4_1', i4_1)
d4_2 = {'dee': (i4_1 + i4_1), 'hal': abs(i4_1), 'eve': i4_1}
print('d4_2', d4_2)
l4_3 = [-11]
print('l4_3', l4_3)
i4_4 = 158
print('i4_4', i4_4)
f4_5 = f4_0
print('f4_5', f4_5)
d4_6 = {'hal': (44 + i4_4), 'ann': i4_4, 'gus': i4_1}
print('d4_6', d4_6)
t = (min(11, 32), ('zzz' * 0), (-51.4 / (-49.8 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['fay'] = d.get('fay', 0) + i4_1
d['ann'] = d.get('ann', 0) + i4_1
d['hal'] = d.get('hal', 0) + 97
d['cy'] = d.get('cy', 0) + i4_1
d['fay'] += 1
print(d.pop('cy'), 'hal' in d, len(d))
print(d)
print(i4_4, (str(f4_5) * 2), sep='|')
print(((17.381 / (f4_0 or 0.5)) / ((f4_5 / (30.0 or 0.5)) or 0.5)), int(111 <= int(i4_4 <= i4_1)) / 1)
