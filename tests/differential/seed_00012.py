# differential test program, seed 12 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(10)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(6) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 2)(15))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(9)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(9) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 3)(11))
# block 2: functions with defaults and keywords
def f2(a, b=5, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(1))
print(f2(159, (-28 + 159), scale=2))
print(f2(b=0, a=3, label='hal'))
print(g2(1, 'gus', k1=8))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: functions with defaults and keywords
def f3(a, b=0, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3(len('x')))
print(f3(len(''), len('yy'), scale=4))
print(f3(b=4, a=0, label='bob'))
print(g3(3, 'eve', k2=5))
# block 4: generators
def evens4(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs4(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens4(8)))
print(sum(v * v for v in evens4(10)))
print(dict(pairs4([])))
gen = evens4(8)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens4(8)), all(v % 2 == 0 for v in evens4(8)))
