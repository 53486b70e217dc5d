# differential test program, seed 70 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(7)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(1) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(6))
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
print(list(evens1(6)))
print(sum(v * v for v in evens1(7)))
print(dict(pairs1(['', 'green', 'zzz'])))
gen = evens1(6)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens1(6)), all(v % 2 == 0 for v in evens1(6)))
