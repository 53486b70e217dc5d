# differential test program, seed 99 (tools/difftest/generator.py)
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
print(list(evens0(4)))
print(sum(v * v for v in evens0(8)))
print(dict(pairs0(['alpha'])))
gen = evens0(4)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens0(4)), all(v % 2 == 0 for v in evens0(4)))
# block 1: functions with defaults and keywords
def f1(a, b=1, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(int(129 > 75)))
print(f1((151 // (170 or 7)), int(119 <= 802963088078932563752), scale=1))
print(f1(b=3, a=2, label='gus'))
print(g1(0, 'eve', k0=6))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: values and operators
s2_0 = str(185)[1:4]
print('s2_0', s2_0)
i2_1 = 125
print('i2_1', i2_1)
d2_2 = {'bob': i2_1, 'dee': -16, 'fay': int(i2_1 < i2_1), 'ann': (i2_1 % (i2_1 or 7))}
print('d2_2', d2_2)
i2_3 = i2_1
print('i2_3', i2_3)
s2_4 = s2_0[-3:-2]
print('s2_4', s2_4)
i2_5 = i2_3
print('i2_5', i2_5)
d = {}
d['hal'] = d.get('hal', 0) + i2_3
d['gus'] = d.get('gus', 0) + i2_5
d['bob'] = d.get('bob', 0) + i2_5
d['cy'] = d.get('cy', 0) + (46 + i2_3)
d['hal'] += 1
print(d.pop('cy'), 'gus' in d, len(d))
print(d)
print((i2_1 % (134 or 7)), (s2_4 + 'gamma')[3:4], sep=' ')
print((i2_3 * (50.0 - 92.76)), i2_5 / 5)
t = (len(s2_4), s2_4[-1:3:-1], (-61.11 / (-30.92 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha', '']]
print(pairs)
# block 3: functions with defaults and keywords
def f3(a, b=4, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(int(170 == 231169957321067236152)))
print(f3(193, int(156 != 167), scale=4))
print(f3(b=3, a=4, label='eve'))
print(g3(3, 'ann', k0=4))
try:
    f3()
except TypeError as e:
    print('TypeError', e)
# block 4: values and operators
s4_0 = f"<{(153 - -6):<4}|{(-34.2 - -16.4):8.3f}>"
print('s4_0', s4_0)
f4_1 = ((-7.368 + 14.56) * (6.333 * -77.027))
print('f4_1', f4_1)
i4_2 = (int(86 == 55) + (-38 - 267686905079371586206))
print('i4_2', i4_2)
d = {}
d['ann'] = d.get('ann', 0) + i4_2
d['fay'] = d.get('fay', 0) + i4_2
d['dee'] = d.get('dee', 0) + (i4_2 + i4_2)
d['bob'] = d.get('bob', 0) + (-21 + i4_2)
d['eve'] = d.get('eve', 0) + i4_2
d['ann'] += 1
for k, v in d.items():
    print(k, v)
print(i4_2, s4_0, sep='|')
print(78.617, i4_2 / 3)
print(sorted([11], reverse=True))
print(i4_2, ' - '.join(['green', 'blue', 'blue', 'yy']), sep='|')
print(((f4_1 / (f4_1 or 0.5)) + (-73.0 - f4_1)), (len(s4_0) + 105) / 6)
