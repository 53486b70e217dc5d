# differential test program, seed 186 (tools/difftest/generator.py)
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
print(sum(v * v for v in evens0(10)))
print(dict(pairs0([])))
gen = evens0(7)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens0(7)), all(v % 2 == 0 for v in evens0(7)))
# block 1: values and operators
i1_0 = (-40 % (pow(-16, 0) or 7))
print('i1_0', i1_0)
s1_1 = str(i1_0)
print('s1_1', s1_1)
d1_2 = {'bob': max(171, i1_0), 'hal': len(s1_1)}
print('d1_2', d1_2)
print(sum([-14, 5, 38]), len([-14, 5, 38]))
d = {}
d['gus'] = d.get('gus', 0) + (i1_0 % (i1_0 or 7))
d['bob'] = d.get('bob', 0) + i1_0
d['ann'] = d.get('ann', 0) + (i1_0 // (148 or 7))
d['cy'] = d.get('cy', 0) + i1_0
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(len(s1_1), str(i1_0), sep=', ')
print((-47 * 23.905), int(i1_0 > int(i1_0 < i1_0)) / 5)
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
print(list(evens2(4)))
print(sum(v * v for v in evens2(8)))
print(dict(pairs2([])))
gen = evens2(4)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens2(4)), all(v % 2 == 0 for v in evens2(4)))
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
print(list(evens3(7)))
print(sum(v * v for v in evens3(11)))
print(dict(pairs3(['yy', 'red', 'Mixed Case'])))
gen = evens3(7)
print(next(gen), next(gen, 'end'))
print(any(v > 2 for v in evens3(7)), all(v % 2 == 0 for v in evens3(7)))
