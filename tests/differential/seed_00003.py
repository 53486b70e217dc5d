# differential test program, seed 3 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=5, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(int(182 != -1)))
print(f0(int(90 != -12), (83 + 121), scale=1))
print(f0(b=1, a=4, label='ann'))
print(g0(4, 'ann', k2=7))
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
print(list(evens1(8)))
print(sum(v * v for v in evens1(11)))
print(dict(pairs1(['Mixed Case', 'yy', 'blue'])))
gen = evens1(8)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens1(8)), all(v % 2 == 0 for v in evens1(8)))
# block 2: values and operators
i2_0 = min((168 + 163), max(181, 187))
print('i2_0', i2_0)
i2_1 = (i2_0 % (int(4 > i2_0) or 7))
print('i2_1', i2_1)
i2_2 = i2_1
print('i2_2', i2_2)
for i, v in enumerate([31, -16][:3]):
    print(i, v, i * v)
d = {}
d['eve'] = d.get('eve', 0) + abs(144)
d['dee'] = d.get('dee', 0) + 100
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (int(i2_0 == 46773162719033560625), 'blue'[0:1:-1], (36 * -28.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'yy', 'zzz']]
print(pairs)
print(int(i2_2 > (i2_1 // (i2_1 or 7))), f"<{max(100, i2_0):<4}|{(i2_1 * 35.86):.2f}>", sep=', ')
print(((i2_0 + -45) * (25.59 * -64.5)), ((i2_1 - i2_0) - 125) / 3)
t = (int(i2_2 == i2_1), 'green'.ljust(6, '.'), round(89.8, 3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
