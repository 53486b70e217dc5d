# differential test program, seed 152 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=6, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(181))
print(f0(-44, (170 - 200), scale=2))
print(f0(b=5, a=0, label='eve'))
print(g0(8, 'ann', k2=9))
# block 1: exceptions
class AppError1(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError1(AppError1):
    pass
def risky1(x):
    if x % 3 == 0:
        raise FatalAppError1(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError1(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [20, 16, 59, 13, 58, 32]:
    try:
        print('ok', risky1(x))
    except FatalAppError1 as e:
        print('fatal', e.code, e)
    except AppError1 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 2: generators
def evens2(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs2(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens2(3)))
print(sum(v * v for v in evens2(3)))
print(dict(pairs2([])))
gen = evens2(3)
print(next(gen), next(gen, 'end'))
print(any(v > 0 for v in evens2(3)), all(v % 2 == 0 for v in evens2(3)))
# block 3: values and operators
d3_0 = {'gus': -1, 'dee': len('alpha')}
print('d3_0', d3_0)
d3_1 = {'fay': int(-46 < 101), 'hal': (176 % (85 or 7))}
print('d3_1', d3_1)
i3_2 = ((193 - 29) - 57)
print('i3_2', i3_2)
d = {}
d['dee'] = d.get('dee', 0) + i3_2
d['hal'] = d.get('hal', 0) + i3_2
d['bob'] = d.get('bob', 0) + i3_2
d['eve'] = d.get('eve', 0) + len('alpha')
d['gus'] = d.get('gus', 0) + int(i3_2 < i3_2)
d['dee'] += 1
print(d.pop('gus'), 'ann' in d, len(d))
print(d)
print(len('gamma'[-1:3]), 'green', sep='|')
print((round(-39.0, 0) - round(46.3, 0)), int((i3_2 // (i3_2 or 7)) > i3_2) / 5)
# block 4: values and operators
s4_0 = ''.join(['beta', 'blue', 'blue', 'zzz'])
print('s4_0', s4_0)
i4_1 = int((150 % (-6 or 7)) == (36 % (56 or 7)))
print('i4_1', i4_1)
i4_2 = (len(s4_0) - (i4_1 % (i4_1 or 7)))
print('i4_2', i4_2)
i4_3 = i4_2
print('i4_3', i4_3)
s4_4 = s4_0
print('s4_4', s4_4)
d4_5 = {'hal': (i4_1 - i4_3), 'dee': i4_1, 'fay': pow(i4_2, 3), 'gus': i4_1}
print('d4_5', d4_5)
f4_6 = ((-4.589 / (-76.8 or 0.5)) + (-0.4 / (-93.081 or 0.5)))
print('f4_6', f4_6)
print([9, -6, -8][-1:])
print(i4_2, 'alpha', sep=' ')
print(((i4_2 + i4_2) * (-68.757 / (f4_6 or 0.5))), i4_3 / 2)
d = {}
d['ann'] = d.get('ann', 0) + pow(i4_3, 0)
d['bob'] = d.get('bob', 0) + 717328937044565485909
d['eve'] = d.get('eve', 0) + i4_1
d['gus'] = d.get('gus', 0) + (i4_3 + i4_2)
d['cy'] = d.get('cy', 0) + (i4_1 - i4_1)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
d = {}
d['ann'] = d.get('ann', 0) + int(i4_3 < i4_3)
d['hal'] = d.get('hal', 0) + 178
d['cy'] = d.get('cy', 0) + i4_3
d['dee'] = d.get('dee', 0) + -9
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(i4_1, (f"<{i4_2:^7}|{f4_6:8.3f}>" + f"<{11:>6}|{f4_6:.2f}>"), sep='|')
print((f4_6 - (-94.621 / (-15.81 or 0.5))), 200 / 3)
