# differential test program, seed 135 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(4)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(7) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 3, lambda v: v - 0)(18))
# block 1: functions with defaults and keywords
def f1(a, b=5, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((164 * 20)))
print(f1(-50, (134 % (-31 or 7)), scale=2))
print(f1(b=0, a=1, label='cy'))
print(g1(6, 'bob', k0=7))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(0)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(2) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 3)(16))
# block 3: functions with defaults and keywords
def f3(a, b=5, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(166))
print(f3(110, (178 // (17 or 7)), scale=2))
print(f3(b=0, a=3, label='hal'))
print(g3(5, 'cy', k1=7))
