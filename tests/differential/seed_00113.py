# differential test program, seed 113 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(7)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(3) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 0)(2))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(9)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(4) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 3)(10))
