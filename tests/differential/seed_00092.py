# differential test program, seed 92 (tools/difftest/generator.py)
# block 0: closures
def counter0(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter0(9)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(2) for add in adders])
def compose0(f, g):
    return lambda x: f(g(x))
print(compose0(lambda v: v * 2, lambda v: v - 4)(20))
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
for x in [2, 55, 1]:
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
# block 2: functions with defaults and keywords
def f2(a, b=9, *, label='cy', scale=1):
    return f"{label}:{(a + b) * scale}"
def g2(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f2(len('x')))
print(f2(min(193, -33), max(814684601163991501225, -5), scale=2))
print(f2(b=4, a=1, label='hal'))
print(g2(0, 'gus', k2=4))
try:
    f2()
except TypeError as e:
    print('TypeError', e)
# block 3: values and operators
s3_0 = 'gamma'
print('s3_0', s3_0)
s3_1 = s3_0
print('s3_1', s3_1)
f3_2 = (1083131072126850627172 * (-69.42 / (50.2 or 0.5)))
print('f3_2', f3_2)
s3_3 = str(f3_2)
print('s3_3', s3_3)
s3_4 = s3_0
print('s3_4', s3_4)
l3_5 = [-14, 6, 5, 30]
print('l3_5', l3_5)
s3_6 = s3_1
print('s3_6', s3_6)
print(max((190 + 128), len(s3_6)), s3_6, sep='|')
print(f3_2, (len(s3_6) * abs(52)) / 1)
d = {}
d['cy'] = d.get('cy', 0) + abs(134)
d['hal'] = d.get('hal', 0) + (50 + -21)
d['fay'] = d.get('fay', 0) + 26
d['cy'] += 1
print(d.pop('fay'), 'ann' in d, len(d))
print(d)
t = (len(s3_3), (s3_3 + s3_3), -31.9)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['Mixed Case']]
print(pairs)
print((pow(62, 3) // ((18 + 10) or 7)), f"<{(45 - -23):<4}|{(62.0 + f3_2)}>", sep=', ')
print(-53.0, abs((1 * 171)) / 1)
# block 4: functions with defaults and keywords
def f4(a, b=4, *, label='eve', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4(len('alpha')))
print(f4(int(26 != 147742670443322926412), len('yy'), scale=2))
print(f4(b=1, a=5, label='gus'))
print(g4(0, 'bob', k2=9))
