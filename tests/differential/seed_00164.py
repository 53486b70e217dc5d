# differential test program, seed 164 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(7)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(1) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 3)(12))
# block 1: values and operators
i1_0 = ((104 * 166) - len('green'))
print('i1_0', i1_0)
l1_1 = [29, 29]
print('l1_1', l1_1)
i1_2 = (-19 + int(i1_0 < 97311649526154925829))
print('i1_2', i1_2)
i1_3 = 64
print('i1_3', i1_3)
i1_4 = abs(i1_3)
print('i1_4', i1_4)
s1_5 = repr(repr('x'))
print('s1_5', s1_5)
i1_6 = (i1_3 + (84 - 36))
print('i1_6', i1_6)
d = {}
d['bob'] = d.get('bob', 0) + len(s1_5)
d['ann'] = d.get('ann', 0) + abs(i1_3)
d['fay'] = d.get('fay', 0) + len(s1_5)
d['bob'] += 1
print(d.pop('fay'), 'eve' in d, len(d))
print(d)
vals = [32, 5, 13, 22] + [6]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
