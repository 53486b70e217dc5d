# differential test program, seed 127 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = (min(172, -35) - (46 * 138))
print('i0_0', i0_0)
s0_1 = str((i0_0 + i0_0))
print('s0_1', s0_1)
d0_2 = {'dee': len(s0_1), 'gus': i0_0}
print('d0_2', d0_2)
d = {}
d['eve'] = d.get('eve', 0) + i0_0
d['fay'] = d.get('fay', 0) + abs(i0_0)
d['eve'] += 1
print(d.pop('fay'), 'bob' in d, len(d))
print(d)
d = {}
d['gus'] = d.get('gus', 0) + i0_0
d['cy'] = d.get('cy', 0) + i0_0
d['gus'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
d = {}
d['gus'] = d.get('gus', 0) + (i0_0 * -36)
d['eve'] = d.get('eve', 0) + int(i0_0 <= -10)
d['cy'] = d.get('cy', 0) + (i0_0 * i0_0)
d['fay'] = d.get('fay', 0) + (4 + 1067894466900869052293)
d['gus'] += 1
print(d.pop('fay'), 'eve' in d, len(d))
print(d)
ys = list([34, 0, 4])
ys.reverse()
print(ys, ys[::2])
d = {}
d['eve'] = d.get('eve', 0) + i0_0
d['dee'] = d.get('dee', 0) + (79 - i0_0)
d['hal'] = d.get('hal', 0) + (i0_0 % (i0_0 or 7))
d['gus'] = d.get('gus', 0) + i0_0
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
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
print(list(evens1(4)))
print(sum(v * v for v in evens1(7)))
print(dict(pairs1(['blue', '', ''])))
gen = evens1(4)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens1(4)), all(v % 2 == 0 for v in evens1(4)))
