# differential test program, seed 133 (tools/difftest/generator.py)
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
for x in [20, 49, 39, 51, 49, 21]:
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
d1_0 = {'eve': 58, 'cy': (-49 + 117), 'bob': len('beta')}
print('d1_0', d1_0)
i1_1 = len('green'.lower())
print('i1_1', i1_1)
f1_2 = ((93.0 / (68.1 or 0.5)) + (-21.576 * -20.0))
print('f1_2', f1_2)
print(min(len('alpha'), pow(i1_1, 3)), str(int(96 <= i1_1)), sep=', ')
print(f1_2, i1_1 / 4)
print(i1_1, str(35.1), sep=', ')
print((int(i1_1 > i1_1) * f1_2), len(('x' + 'zzz')) / 6)
ys = list([16, -4])
ys.reverse()
print(ys, ys[::2])
d = {}
d['fay'] = d.get('fay', 0) + -5
d['cy'] = d.get('cy', 0) + (i1_1 + i1_1)
d['dee'] = d.get('dee', 0) + i1_1
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(min((i1_1 + i1_1), len('Mixed Case')), ','.join([]).capitalize(), sep=' ')
print((f1_2 / ((f1_2 / (7.6 or 0.5)) or 0.5)), (max(i1_1, 2) % ((i1_1 - i1_1) or 7)) / 3)
# block 2: values and operators
f2_0 = ((83 * -4) * round(-54.0, 2))
print('f2_0', f2_0)
i2_1 = max(pow(183, 0), pow(71, 2))
print('i2_1', i2_1)
f2_2 = f2_0
print('f2_2', f2_2)
d2_3 = {'bob': int(-42 <= i2_1)}
print('d2_3', d2_3)
f2_4 = ((-52.0 * f2_2) + (-22.2 - f2_2))
print('f2_4', f2_4)
s2_5 = f"<{141:^7}|{f2_2:8.3f}>".upper()
print('s2_5', s2_5)
i2_6 = i2_1
print('i2_6', i2_6)
t = (i2_1, f"<{i2_1:>6}|{f2_2:8.3f}>", f2_4)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['yy', 'alpha', 'green']]
print(pairs)
print(sorted([-15, -16, 31, -4], reverse=True))
print(len((s2_5 + s2_5)), f"<{-25:>6}|{f2_0}>"[0:3:-1], sep='|')
print(round((29.0 * f2_4), 0), i2_1 / 4)
# block 3: generators
def evens3(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs3(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens3(3)))
print(sum(v * v for v in evens3(6)))
print(dict(pairs3([])))
gen = evens3(3)
print(next(gen), next(gen, 'end'))
print(any(v > 1 for v in evens3(3)), all(v % 2 == 0 for v in evens3(3)))
# block 4: functions with defaults and keywords
def f4(a, b=6, *, label='ann', scale=1):
    return f"{label}:{(a + b) * scale}"
def g4(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f4((121 * 184)))
print(f4(175, (24 // (177 or 7)), scale=4))
print(f4(b=0, a=2, label='hal'))
print(g4(3, 'ann', k0=4))
