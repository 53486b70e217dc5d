# differential test program, seed 48 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=8, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('x')))
print(f0((6 - 92), len('yy'), scale=2))
print(f0(b=0, a=0, label='gus'))
print(g0(1, 'cy', k3=2))
# block 1: values and operators
f1_0 = ((300163855115799997891 * 87.16) * (30.6 + 59.0))
print('f1_0', f1_0)
i1_1 = ((128 % (7 or 7)) + (31 * -48))
print('i1_1', i1_1)
d1_2 = {'gus': 183, 'dee': pow(i1_1, 1), 'cy': (i1_1 - i1_1)}
print('d1_2', d1_2)
i1_3 = i1_1
print('i1_3', i1_3)
d1_4 = {'gus': len('red'), 'eve': i1_1, 'dee': 124, 'ann': (170 * i1_3)}
print('d1_4', d1_4)
i1_5 = len(('blue' + 'green'))
print('i1_5', i1_5)
d1_6 = {'dee': 87, 'cy': abs(i1_5)}
print('d1_6', d1_6)
t = (pow(194, 3), str(-33), (f1_0 + 13.047))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(sorted([17, 40, -15, 4], reverse=False))
# block 2: functions with defaults and keywords
def f2(a, b=1, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(913809231991285535643))
print(f2(len('Mixed Case'), int(119 == -2), scale=2))
print(f2(b=0, a=5, label='hal'))
print(g2(6, 'dee', k2=1))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: functions with defaults and keywords
def f3(a, b=6, *, label='bob', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3((1046358158240162158414 - 120)))
print(f3((92 % (152 or 7)), 722096450495194535187, scale=4))
print(f3(b=2, a=0, label='ann'))
print(g3(3, 'ann', k0=0))
