# differential test program, seed 181 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = ((-53.704 * -86.0) + (-43.82 * -27.43))
print('f0_0', f0_0)
i0_1 = 91
print('i0_1', i0_1)
l0_2 = [25, 4, 34, -14, 22]
print('l0_2', l0_2)
s0_3 = 'red'.zfill(5)[3:0:-1]
print('s0_3', s0_3)
d0_4 = {'bob': int(i0_1 == i0_1), 'dee': max(i0_1, i0_1)}
print('d0_4', d0_4)
print((int(i0_1 > i0_1) // (max(151, 343677123602891616610) or 7)), s0_3, sep=', ')
print(54.0, int((i0_1 * -49) > (i0_1 // (i0_1 or 7))) / 8)
vals = l0_2 + [4]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
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
print(sum(v * v for v in evens1(7)))
print(dict(pairs1(['blue'])))
gen = evens1(6)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens1(6)), all(v % 2 == 0 for v in evens1(6)))
