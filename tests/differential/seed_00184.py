# differential test program, seed 184 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [0, 1, 1, 31, 39]
print('l0_0', l0_0)
d0_1 = {'hal': int(21 == -33), 'eve': int(150 < 200)}
print('d0_1', d0_1)
f0_2 = 94.636
print('f0_2', f0_2)
s0_3 = (f"<{54}|{f0_2:8.3f}>" + str(136))
print('s0_3', s0_3)
t = (int(66 > 145), (s0_3 * 3), round(f0_2, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'red']]
print(pairs)
print(sorted([-10, 0], reverse=False))
d = {}
d['cy'] = d.get('cy', 0) + pow(194, 0)
d['ann'] = d.get('ann', 0) + (-5 // (179 or 7))
d['cy'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 1: closures
def counter1(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(1)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(3) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 1)(6))
# block 2: exceptions
class AppError2(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError2(AppError2):
    pass
def risky2(x):
    if x % 3 == 0:
        raise FatalAppError2(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError2(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [28, 20, 26, 28, 45]:
    try:
        print('ok', risky2(x))
    except FatalAppError2 as e:
        print('fatal', e.code, e)
    except AppError2 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 3: values and operators
i3_0 = pow(162, 2)
print('i3_0', i3_0)
f3_1 = -20.81
print('f3_1', f3_1)
f3_2 = ((i3_0 + 108) * (f3_1 * f3_1))
print('f3_2', f3_2)
s3_3 = ('' + f"<{i3_0:^7}|{42.0:.1f}>")
print('s3_3', s3_3)
i3_4 = i3_0
print('i3_4', i3_4)
l3_5 = [-16, 27]
print('l3_5', l3_5)
d = {}
d['hal'] = d.get('hal', 0) + int(i3_4 <= i3_0)
d['dee'] = d.get('dee', 0) + len(s3_3)
d['hal'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
d = {}
d['hal'] = d.get('hal', 0) + (i3_4 * 24)
d['eve'] = d.get('eve', 0) + pow(-43, 0)
d['hal'] += 1
print(d.pop('eve'), 'ann' in d, len(d))
print(d)
print(len(s3_3.title()), ','.join(['blue', 'alpha']), sep='|')
print(-19.9, abs((i3_0 - i3_4)) / 1)
