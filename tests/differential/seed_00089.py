# differential test program, seed 89 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(5)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(2) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 2)(6))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(1)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(7) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 1)(4))
