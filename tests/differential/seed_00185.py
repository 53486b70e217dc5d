# differential test program, seed 185 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=2, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('yy')))
print(f0(int(98 <= 86), 199, scale=2))
print(f0(b=3, a=2, label='eve'))
print(g0(7, 'cy', k3=5))
# block 1: functions with defaults and keywords
def f1(a, b=1, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((71 % (758684442502171219338 or 7))))
print(f1((49 + 124), (76 % (58 or 7)), scale=3))
print(f1(b=3, a=2, label='ann'))
print(g1(1, 'eve', k0=4))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
