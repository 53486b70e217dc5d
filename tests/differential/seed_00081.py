# differential test program, seed 81 (tools/difftest/generator.py)
# block 0: exceptions
class AppError0(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError0(AppError0):
    pass
def risky0(x):
    if x % 3 == 0:
        raise FatalAppError0(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError0(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [30, 53, 1, 10, 9, 28]:
    try:
        print('ok', risky0(x))
    except FatalAppError0 as e:
        print('fatal', e.code, e)
    except AppError0 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
# block 1: values and operators
f1_0 = ((104 - 142) * (98.94 + 77.9))
print('f1_0', f1_0)
l1_1 = [8, -5, 24, 8, -19, 15]
print('l1_1', l1_1)
l1_2 = [7, 2, -2, 2, 27, 35]
print('l1_2', l1_2)
f1_3 = (f1_0 / (94.23 or 0.5))
print('f1_3', f1_3)
d1_4 = {'cy': abs(-3), 'gus': len('x'), 'bob': 150763657913170398511}
print('d1_4', d1_4)
print(min(173, 44), (' - '.join([]) * 3), sep=', ')
print(-14.7, 916136810951076820725 / 8)
d = {}
d['eve'] = d.get('eve', 0) + pow(20, 3)
d['hal'] = d.get('hal', 0) + (99 // (-8 or 7))
d['gus'] = d.get('gus', 0) + int(191 == 27)
d['ann'] = d.get('ann', 0) + len('blue')
d['eve'] += 1
print(d.pop('ann'), 'cy' in d, len(d))
print(d)
# block 2: values and operators
s2_0 = ' - '.join(['alpha', 'alpha'])
print('s2_0', s2_0)
i2_1 = ((142 - 60) + 1113645845555543381885)
print('i2_1', i2_1)
i2_2 = (len(s2_0) % (169 or 7))
print('i2_2', i2_2)
s2_3 = s2_0
print('s2_3', s2_3)
ys = list([23, -9])
ys.reverse()
print(ys, ys[::2])
print([-5][2:3])
print(i2_1, s2_3, sep='|')
print(((68.46 + 75.56) + (-27.1 - -7.2)), int(len('') == (i2_1 - i2_2)) / 7)
t = (33, (s2_0 + s2_0), -1.75)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', '']]
print(pairs)
print([13, -13, 2, -13, -14][1:])
# block 3: closures
def counter3(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(8)
print(c(), c(), c(-2))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(0) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 3, lambda v: v - 3)(1))
# block 4: values and operators
i4_0 = 33
print('i4_0', i4_0)
s4_1 = ('beta' * 1)
print('s4_1', s4_1)
s4_2 = s4_1[0:4:-1][-1:6:-1]
print('s4_2', s4_2)
t = (i4_0, ''.join(['alpha', 'zzz']), (98.0 - 66.0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green', 'yy', 'blue']]
print(pairs)
t = (182, s4_1, -15.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'gamma']]
print(pairs)
