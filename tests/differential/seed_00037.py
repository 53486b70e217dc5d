# differential test program, seed 37 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = (('x' * 3) + ('red' * 0))
print('s0_0', s0_0)
s0_1 = s0_0
print('s0_1', s0_1)
f0_2 = (int(94 == 108) * (-87.0 * -86.3))
print('f0_2', f0_2)
i0_3 = (len(s0_0) * int(5 == 184))
print('i0_3', i0_3)
f0_4 = -43.4
print('f0_4', f0_4)
d = {}
d['eve'] = d.get('eve', 0) + -24
d['hal'] = d.get('hal', 0) + int(11 < i0_3)
d['fay'] = d.get('fay', 0) + (665266555425660739002 * i0_3)
d['eve'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(89, (s0_0 + s0_0), sep='|')
print(-29.0, -7 / 7)
print((i0_3 + (i0_3 + i0_3)), ('zzz' + s0_1).capitalize(), sep=', ')
print(90.0, (len(s0_1) % ((i0_3 - i0_3) or 7)) / 2)
print(int(i0_3 == (i0_3 + 30)), f"<{i0_3}|{(f0_2 / (-68.36 or 0.5))}>", sep=' ')
print(f0_2, (i0_3 // (42 or 7)) / 9)
print([v * 2 for v in [-10, 1, 36, 21, 10] if v % 4 == 0])
# block 1: closures
def counter1(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(6)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(6) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 2)(5))
