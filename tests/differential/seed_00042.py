# differential test program, seed 42 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = (int(178 > -42) - 710298435557685963288)
print('i0_0', i0_0)
i0_1 = int(i0_0 <= len('red'))
print('i0_1', i0_1)
d0_2 = {'gus': (i0_1 - 1002746181783432357783), 'cy': (i0_0 % (i0_0 or 7))}
print('d0_2', d0_2)
s0_3 = (f"<{346301988264455146126:<4}|{71.0:.1f}>" + ' - '.join(['', 'gamma', 'blue']))
print('s0_3', s0_3)
f0_4 = ((40.0 * 6.8) + (-46.0 / (69.0 or 0.5)))
print('f0_4', f0_4)
vals = [0, 5, -3, -16, -7, 38] + [3]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(pow(i0_1, 1), s0_3, sep=', ')
print(round(round(f0_4, 1), 3), i0_0 / 2)
d = {}
d['gus'] = d.get('gus', 0) + pow(i0_1, 0)
d['eve'] = d.get('eve', 0) + i0_1
d['ann'] = d.get('ann', 0) + (i0_1 + i0_1)
d['gus'] += 1
for k, v in d.items():
    print(k, v)
# block 1: closures
def counter1(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(2)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(4) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 1)(11))
