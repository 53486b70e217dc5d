# differential test program, seed 149 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = 'red'.strip()
print('s0_0', s0_0)
d0_1 = {'ann': 223157313837293002239, 'dee': min(-10, 71)}
print('d0_1', d0_1)
s0_2 = (s0_0[-1:4] + s0_0.zfill(5))
print('s0_2', s0_2)
i0_3 = (int(-9 <= 1096141528377313151749) * (-20 - 106))
print('i0_3', i0_3)
i0_4 = int(173 != 140)
print('i0_4', i0_4)
d = {}
d['bob'] = d.get('bob', 0) + i0_4
d['ann'] = d.get('ann', 0) + i0_3
d['fay'] = d.get('fay', 0) + len(s0_0)
d['bob'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted([], reverse=True))
print(sorted([23, 19, -2], reverse=False))
t = (i0_3, repr(s0_0), (-10.44 + -84.3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
t = ((i0_3 * i0_3), s0_0[0:2:2], round(50.8, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'blue']]
print(pairs)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(6)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(6) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 1)(19))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 149')
