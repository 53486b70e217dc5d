# differential test program, seed 27 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(3)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(4) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 2)(11))
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
print(list(evens1(4)))
print(sum(v * v for v in evens1(5)))
print(dict(pairs1(['yy'])))
gen = evens1(4)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens1(4)), all(v % 2 == 0 for v in evens1(4)))
# block 2: values and operators
l2_0 = []
print('l2_0', l2_0)
s2_1 = ' - '.join([])
print('s2_1', s2_1)
l2_2 = l2_0
print('l2_2', l2_2)
i2_3 = int(max(36, 84) <= 142)
print('i2_3', i2_3)
f2_4 = (85 * -66.0)
print('f2_4', f2_4)
f2_5 = -65.0
print('f2_5', f2_5)
s2_6 = s2_1
print('s2_6', s2_6)
ys = list(l2_2)
ys.reverse()
print(ys, ys[::2])
t = (150, (s2_6 + s2_1), (-58.409 * -33.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', '', 'green']]
print(pairs)
t = ((68 - i2_3), ','.join(['alpha', 'yy']), f2_4)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'gamma', 'alpha', 'beta']]
print(pairs)
for i, v in enumerate(l2_2[:3]):
    print(i, v, i * v)
print(195, ','.join(['x']).upper(), sep=' ')
print((round(-31.0, 1) / (f2_4 or 0.5)), (i2_3 - len('alpha')) / 6)
# block 3: closures
def counter3(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(10)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(4) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 3, lambda v: v - 1)(13))
# block 4: closures
def counter4(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(8)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(5) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 2, lambda v: v - 1)(3))
