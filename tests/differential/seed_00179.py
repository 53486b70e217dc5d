# differential test program, seed 179 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = len(f"<{94:^7}|{-40.035:.2f}>")
print('i0_0', i0_0)
l0_1 = [1]
print('l0_1', l0_1)
i0_2 = (i0_0 - i0_0)
print('i0_2', i0_2)
print(sorted([], reverse=True))
print(i0_0, 'green', sep=', ')
print(round((-34.0 * 83.2), 0), pow(142, 2) / 2)
# block 1: functions with defaults and keywords
def f1(a, b=6, *, label='bob', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(0))
print(f1((147 + 23), int(-9 == 162), scale=2))
print(f1(b=3, a=4, label='eve'))
print(g1(5, 'dee', k1=3))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
# block 2: functions with defaults and keywords
def f2(a, b=6, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(len('alpha')))
print(f2((954646296850713368536 % (195 or 7)), (66 + 179), scale=3))
print(f2(b=3, a=4, label='dee'))
print(g2(2, 'eve', k2=2))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
