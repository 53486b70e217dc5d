# differential test program, seed 137 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=6, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0((160 - 81)))
print(f0((59 // (1156057225539314989037 or 7)), int(42 <= 170), scale=4))
print(f0(b=3, a=2, label='fay'))
print(g0(0, 'gus', k2=1))
# block 1: values and operators
i1_0 = len(repr('zzz'))
print('i1_0', i1_0)
i1_1 = i1_0
print('i1_1', i1_1)
i1_2 = min(len('beta'), int(i1_0 != i1_0))
print('i1_2', i1_2)
i1_3 = abs(147)
print('i1_3', i1_3)
d = {}
d['eve'] = d.get('eve', 0) + len('alpha')
d['fay'] = d.get('fay', 0) + i1_0
d['eve'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
print(i1_3, (('Mixed Case' + 'Mixed Case') + ''.join(['red', 'red'])), sep='|')
print(-5.89, (abs(i1_2) - 96) / 4)
print(int(len('') > i1_0), repr('').title(), sep='|')
print((round(67.62, 2) - (1.91 - -24.31)), (21 - (i1_2 + i1_1)) / 2)
t = (i1_2, str(985775421131217841286), -50.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'zzz']]
print(pairs)
