# differential test program, seed 60 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(2)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 2)(1))
# block 1: values and operators
i1_0 = abs((135 + 109))
print('i1_0', i1_0)
l1_1 = [23, -11, 12, 18, 15, 31]
print('l1_1', l1_1)
s1_2 = 'Mixed Case'
print('s1_2', s1_2)
s1_3 = s1_2
print('s1_3', s1_3)
print(sum([-2]), len([-2]))
t = (i1_0, s1_3, (16.0 * 61.91))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'zzz', '']]
print(pairs)
print([v * -2 for v in l1_1 if v % 3 == 1])
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
print(list(evens2(8)))
print(sum(v * v for v in evens2(11)))
print(dict(pairs2(['blue', 'gamma', 'gamma', 'yy'])))
gen = evens2(8)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens2(8)), all(v % 2 == 0 for v in evens2(8)))
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
print(sum(v * v for v in evens3(6)))
print(dict(pairs3(['zzz', 'blue'])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
