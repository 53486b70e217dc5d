# differential test program, seed 20 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(5)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(0) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 3)(2))
# block 1: values and operators
f1_0 = (round(-17.6, 2) / ((-27 * -19.0) or 0.5))
print('f1_0', f1_0)
s1_1 = ('beta' + 'beta')[-3:0]
print('s1_1', s1_1)
l1_2 = [-10, 19]
print('l1_2', l1_2)
i1_3 = 9
print('i1_3', i1_3)
d = {}
d['ann'] = d.get('ann', 0) + (i1_3 * i1_3)
d['gus'] = d.get('gus', 0) + (i1_3 % (i1_3 or 7))
d['ann'] += 1
for k, v in d.items():
    print(k, v)
d = {}
d['fay'] = d.get('fay', 0) + int(i1_3 <= i1_3)
d['bob'] = d.get('bob', 0) + i1_3
d['ann'] = d.get('ann', 0) + 154
d['eve'] = d.get('eve', 0) + (i1_3 + -8)
d['hal'] = d.get('hal', 0) + i1_3
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print([v * -1 for v in l1_2 if v % 3 == 0])
# block 2: closures
def counter2(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(0)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(8) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 1)(0))
