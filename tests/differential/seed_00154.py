# differential test program, seed 154 (tools/difftest/generator.py)
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
print(list(evens0(6)))
print(sum(v * v for v in evens0(7)))
print(dict(pairs0(['zzz', 'red', 'yy'])))
gen = evens0(6)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens0(6)), all(v % 2 == 0 for v in evens0(6)))
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
print(list(evens1(6)))
print(sum(v * v for v in evens1(11)))
print(dict(pairs1(['red', 'yy', 'zzz', 'red'])))
gen = evens1(6)
print(next(gen), next(gen, 'end'))
print(any(v > 6 for v in evens1(6)), all(v % 2 == 0 for v in evens1(6)))
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
print(list(evens2(8)))
print(sum(v * v for v in evens2(12)))
print(dict(pairs2(['yy', 'yy', 'Mixed Case'])))
gen = evens2(8)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens2(8)), all(v % 2 == 0 for v in evens2(8)))
