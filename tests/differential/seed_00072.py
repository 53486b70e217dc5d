# differential test program, seed 72 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=5, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((129 + -14)))
print(f0(int(6 != 147), (173 + 18), scale=3))
print(f0(b=2, a=1, label='fay'))
print(g0(7, 'dee', k2=9))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: functions with defaults and keywords
def f1(a, b=4, *, label='gus', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(len('blue')))
print(f1(min(443851313167560985068, -13), (171 + 183), scale=4))
print(f1(b=1, a=0, label='hal'))
print(g1(8, 'bob', k2=7))
try:
    f1()
except TypeError as e:
    print('TypeError', e)
