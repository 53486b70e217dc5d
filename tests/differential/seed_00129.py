# differential test program, seed 129 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [1]
print('l0_0', l0_0)
d0_1 = {'bob': len('blue'), 'fay': int(150 <= 153)}
print('d0_1', d0_1)
s0_2 = f"<{180}|{-91.6:8.3f}>".lower()
print('s0_2', s0_2)
i0_3 = (25 // ((108 - 130) or 7))
print('i0_3', i0_3)
i0_4 = i0_3
print('i0_4', i0_4)
s0_5 = f"<{(i0_4 % (i0_4 or 7)):>6}|{(-23.2 + -68.91):8.3f}>"
print('s0_5', s0_5)
print(sorted([-10, 22, -8], reverse=True))
t = (min(80, i0_4), s0_5[2:1:2], (0.538 + -22.3))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'alpha', 'beta']]
print(pairs)
ys = list([22, -8, -13])
ys.reverse()
print(ys, ys[::2])
# block 1: values and operators
s1_0 = (f"<{88}|{-16.03:.2f}>" * 2)
print('s1_0', s1_0)
f1_1 = round((30.6 - 86.2), 3)
print('f1_1', f1_1)
s1_2 = 'gamma'
print('s1_2', s1_2)
d1_3 = {'dee': len('x'), 'ann': (148 // (61 or 7)), 'cy': 168, 'gus': 78}
print('d1_3', d1_3)
f1_4 = 17.0
print('f1_4', f1_4)
i1_5 = ((-26 + 29) % (max(118, 164) or 7))
print('i1_5', i1_5)
s1_6 = 'gamma'[-1:-2:2].title()
print('s1_6', s1_6)
t = (i1_5, str(45.99), round(86.19, 2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['green']]
print(pairs)
t = ((i1_5 - -27), ('green' + s1_6), round(f1_4, 1))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'green', 'Mixed Case']]
print(pairs)
d = {}
d['hal'] = d.get('hal', 0) + (555050102757843947947 - 708915317233100797249)
d['cy'] = d.get('cy', 0) + int(i1_5 == i1_5)
d['hal'] += 1
print(d.pop('cy'), 'hal' in d, len(d))
print(d)
print((i1_5 + 164), s1_0[-1:-3:-1].lower(), sep=' ')
print(f1_1, (55 * len(s1_6)) / 5)
# block 2: values and operators
i2_0 = (int(45 <= 75) // (int(155 <= 106) or 7))
print('i2_0', i2_0)
s2_1 = str((-88.3 - -92.5))
print('s2_1', s2_1)
l2_2 = []
print('l2_2', l2_2)
s2_3 = (s2_1[-1:2] + 'gamma')
print('s2_3', s2_3)
s2_4 = s2_3
print('s2_4', s2_4)
print(sum(l2_2), len(l2_2))
d = {}
d['fay'] = d.get('fay', 0) + 0
d['ann'] = d.get('ann', 0) + i2_0
d['hal'] = d.get('hal', 0) + i2_0
d['dee'] = d.get('dee', 0) + i2_0
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 3: exceptions
class AppError3(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class FatalAppError3(AppError3):
    pass
def risky3(x):
    if x % 3 == 0:
        raise FatalAppError3(x, f'fatal {x}')
    if x % 3 == 1:
        raise AppError3(x, 'soft')
    return {'a': 1}[x] if x > 50 else [1, 2][x]
for x in [55, 37, 37, 30, 32, 6]:
    try:
        print('ok', risky3(x))
    except FatalAppError3 as e:
        print('fatal', e.code, e)
    except AppError3 as e:
        print('app', e.code, repr(e))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
    else:
        print('no error')
    finally:
        print('done', x)
try:
    try:
        9 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
