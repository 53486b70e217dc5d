# differential test program, seed 128 (tools/difftest/generator.py)
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
print(list(evens0(7)))
print(sum(v * v for v in evens0(9)))
print(dict(pairs0(['yy'])))
gen = evens0(7)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens0(7)), all(v % 2 == 0 for v in evens0(7)))
# block 1: functions with defaults and keywords
def f1(a, b=5, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(int(332586757004505924973 == 133)))
print(f1(int(198 != 33), max(28, 94), scale=1))
print(f1(b=1, a=4, label='cy'))
print(g1(1, 'bob', k3=4))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
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
print(list(evens2(5)))
print(sum(v * v for v in evens2(10)))
print(dict(pairs2(['x', 'gamma', 'red', 'x'])))
gen = evens2(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens2(5)), all(v % 2 == 0 for v in evens2(5)))
