# differential test program, seed 188 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(3)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(6) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 2)(9))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(1)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 0)(7))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(5)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(8) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 4)(2))
