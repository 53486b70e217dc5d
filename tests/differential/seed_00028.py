# differential test program, seed 28 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=8, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((3 - -9)))
print(f0((54 % (1069629660126060143283 or 7)), (188 + 184), scale=4))
print(f0(b=1, a=1, label='ann'))
print(g0(4, 'eve', k0=8))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(9)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(3) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 0)(1))
