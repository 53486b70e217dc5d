# differential test program, seed 176 (tools/difftest/generator.py)
# block 0: values and operators
d0_0 = {'gus': int(96 != 725124528178592154645)}
print('d0_0', d0_0)
f0_1 = ((-47.15 / (-6.0 or 0.5)) + (66.842 / (67.18 or 0.5)))
print('f0_1', f0_1)
s0_2 = (str(54) * 3)
print('s0_2', s0_2)
s0_3 = s0_2
print('s0_3', s0_3)
print(173, str(-16).center(9, '*'), sep=' ')
print(f0_1, 188 / 8)
d = {}
d['gus'] = d.get('gus', 0) + (164 % (-1 or 7))
d['ann'] = d.get('ann', 0) + 246100565130940397973
d['cy'] = d.get('cy', 0) + pow(101, 2)
d['eve'] = d.get('eve', 0) + int(132868920776587023487 == 174)
d['dee'] = d.get('dee', 0) + max(602032155649798283996, 120)
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 1: functions with defaults and keywords
def f1(a, b=5, *, label='fay', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1((30 * -12)))
print(f1(pow(1096168156798867621842, 2), -6, scale=4))
print(f1(b=2, a=2, label='eve'))
print(g1(9, 'ann', k2=2))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 176')
