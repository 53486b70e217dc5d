# differential test program, seed 159 (tools/difftest/generator.py)
# block 0: functions with defaults and keywords
def f0(a, b=7, *, label='dee', scale=1):
    return f"{label}:{(a + b) * scale}"
def g0(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f0(len('Mixed Case')))
print(f0((-42 + 6), pow(14, 2), scale=2))
print(f0(b=0, a=5, label='dee'))
print(g0(6, 'hal', k3=0))
try:
    f0()
except TypeError as e:
    print('TypeError', e)
# block 1: functions with defaults and keywords
def f1(a, b=5, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g1(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f1(len('alpha')))
print(f1(len('blue'), len('beta'), scale=1))
print(f1(b=0, a=0, label='cy'))
print(g1(6, 'cy', k0=5))
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
for x in [43, 43, 28, 18]:
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
i3_0 = (int(75 != 20) // (len('beta') or 7))
print('i3_0', i3_0)
d3_1 = {'cy': (i3_0 % (i3_0 or 7)), 'eve': 1105524748076500982956, 'ann': (i3_0 + i3_0)}
print('d3_1', d3_1)
s3_2 = ''.join(['Mixed Case', 'yy']).title()
print('s3_2', s3_2)
s3_3 = s3_2
print('s3_3', s3_3)
i3_4 = 161
print('i3_4', i3_4)
s3_5 = 'green'
print('s3_5', s3_5)
l3_6 = [36, 28]
print('l3_6', l3_6)
t = (i3_4, s3_3, -60.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma', 'yy']]
print(pairs)
d = {}
d['fay'] = d.get('fay', 0) + i3_4
d['hal'] = d.get('hal', 0) + (i3_0 * i3_0)
d['dee'] = d.get('dee', 0) + len('yy')
d['fay'] += 1
print(d.pop('dee'), 'fay' in d, len(d))
print(d)
# block 4: closures
def counter4(start):
    count = start
    def bump(by=3):
        nonlocal count
        count += by
        return count
    return bump
c = counter4(10)
print(c(), c(), c(3))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(5) for add in adders])
def compose4(f, g):
    return lambda x: f(g(x))
print(compose4(lambda v: v * 2, lambda v: v - 2)(1))
