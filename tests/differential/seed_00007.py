# differential test program, seed 7 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=6, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(-26))
print(f0((4 % (277989767359140549787 or 7)), -35, scale=1))
print(f0(b=1, a=5, label='ann'))
print(g0(9, 'gus', k0=3))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: functions with defaults and keywords
def f1(a, b=4, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((93 % (96 or 7))))
print(f1(int(90 < 77), int(69 > 13), scale=2))
print(f1(b=5, a=1, label='bob'))
print(g1(9, 'eve', k3=5))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(1)
print(c(), c(), c(-3))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(2) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 1)(15))
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
print(sum(v * v for v in evens3(8)))
print(dict(pairs3([])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
