# differential test program, seed 158 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = str(round(-93.0, 3))
print('s0_0', s0_0)
i0_1 = 89
print('i0_1', i0_1)
d0_2 = {'cy': i0_1}
print('d0_2', d0_2)
t = (int(i0_1 == i0_1), (s0_0 + s0_0), (-9.3 / (3.0 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'x', 'yy', 'red']]
print(pairs)
t = (i0_1, s0_0, (-47.49 * -13.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
# block 1: values and operators
d1_0 = {'gus': len('gamma')}
print('d1_0', d1_0)
i1_1 = 137
print('i1_1', i1_1)
s1_2 = ('x'[1:6:2] * 1)
print('s1_2', s1_2)
print([v * -2 for v in [3, 36] if v % 4 == 0])
t = ((i1_1 - -38), f"<{55}|{43.0:.1f}>", (74.957 - 52.426))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['zzz', 'blue', 'gamma', '']]
print(pairs)
print([v * -2 for v in [] if v % 2 == 0])
print([v * 2 for v in [17, -2, 38, 35, 15] if v % 3 == 1])
d = {}
d['bob'] = d.get('bob', 0) + pow(i1_1, 0)
d['ann'] = d.get('ann', 0) + i1_1
d['eve'] = d.get('eve', 0) + (-46 * 190)
d['gus'] = d.get('gus', 0) + i1_1
d['bob'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(0)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(1) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 2)(15))
