# differential test program, seed 19 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = max(len('Mixed Case'), (55 % (163 or 7)))
print('i0_0', i0_0)
i0_1 = (1 * i0_0)
print('i0_1', i0_1)
i0_2 = int(len('green') < abs(58))
print('i0_2', i0_2)
d0_3 = {'hal': int(i0_2 != i0_2), 'fay': i0_0, 'cy': min(i0_0, i0_0), 'eve': int(i0_0 != i0_2)}
print('d0_3', d0_3)
i0_4 = int(len('gamma') != int(i0_0 <= 137461476647189978842))
print('i0_4', i0_4)
l0_5 = [21, -4, 39, -12, 10]
print('l0_5', l0_5)
f0_6 = ((47.08 / (-40.0 or 0.5)) / (-58.159 or 0.5))
print('f0_6', f0_6)
print(i0_4, ('blue' * 3), sep=', ')
print((f0_6 + f0_6), (i0_1 // (len('x') or 7)) / 3)
print(sorted([21, -2, 40, 20], reverse=False))
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(4)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(0) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 2, lambda v: v - 2)(20))
