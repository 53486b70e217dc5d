# differential test program, seed 194 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=5, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((180 + 54)))
print(f0((123 - 111), len('zzz'), scale=1))
print(f0(b=5, a=4, label='cy'))
print(g0(5, 'hal', k2=1))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
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
print(list(evens1(8)))
print(sum(v * v for v in evens1(11)))
print(dict(pairs1(['yy'])))
gen = evens1(8)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens1(8)), all(v % 2 == 0 for v in evens1(8)))
