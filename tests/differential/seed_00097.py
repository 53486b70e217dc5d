# differential test program, seed 97 (tools/difftest/generator.py)
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
print(list(evens0(5)))
print(sum(v * v for v in evens0(5)))
print(dict(pairs0(['red', 'zzz', 'red', 'red'])))
gen = evens0(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens0(5)), all(v % 2 == 0 for v in evens0(5)))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(0)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 2)(7))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(4)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(8) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 1)(3))
