# differential test program, seed 143 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = (76 - (100 % (-25 or 7)))
print('i0_0', i0_0)
f0_1 = round((27.0 / (93.84 or 0.5)), 2)
print('f0_1', f0_1)
s0_2 = f"<{i0_0}|{f0_1:.1f}>".ljust(6, '.')
print('s0_2', s0_2)
d = {}
d['hal'] = d.get('hal', 0) + i0_0
d['gus'] = d.get('gus', 0) + (i0_0 * i0_0)
d['hal'] += 1
for k, v in d.items():
    print(k, v)
d = {}
d['ann'] = d.get('ann', 0) + (i0_0 + -46)
d['bob'] = d.get('bob', 0) + int(i0_0 <= i0_0)
d['dee'] = d.get('dee', 0) + i0_0
d['gus'] = d.get('gus', 0) + len('green')
d['cy'] = d.get('cy', 0) + (i0_0 - i0_0)
d['ann'] += 1
for k, v in d.items():
    print(k, v)
print(i0_0, ('Mixed Case' + s0_2)[1:-1], sep=' ')
print(((f0_1 / (f0_1 or 0.5)) / ((f0_1 + f0_1) or 0.5)), i0_0 / 3)
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
print(list(evens1(7)))
print(sum(v * v for v in evens1(10)))
print(dict(pairs1(['gamma', 'beta'])))
gen = evens1(7)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens1(7)), all(v % 2 == 0 for v in evens1(7)))
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
print(sum(v * v for v in evens2(5)))
print(dict(pairs2(['Mixed Case', 'blue', 'blue'])))
gen = evens2(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens2(5)), all(v % 2 == 0 for v in evens2(5)))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 143')
