# differential test program, seed 40 (tools/difftest/generator.py)
# block 0: values and operators
f0_0 = (int(39 == 85) * (841532715459404967063 * 70.0))
print('f0_0', f0_0)
i0_1 = len(repr('zzz'))
print('i0_1', i0_1)
i0_2 = ((i0_1 - i0_1) + (i0_1 // (i0_1 or 7)))
print('i0_2', i0_2)
s0_3 = ('green'.title() + ('green' * 1))
print('s0_3', s0_3)
print(len(s0_3), (s0_3.zfill(5) * 0), sep=' ')
print(f0_0, i0_2 / 2)
print(i0_1, s0_3[0:5], sep=', ')
print((f0_0 - (f0_0 + f0_0)), i0_1 / 4)
d = {}
d['dee'] = d.get('dee', 0) + pow(i0_2, 2)
d['bob'] = d.get('bob', 0) + int(i0_1 != 114)
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
# block 1: closures
def counter1(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c = counter1(4)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(6) for add in adders])
def compose1(f, g):
    return lambda x: f(g(x))
print(compose1(lambda v: v * 3, lambda v: v - 4)(1))
# block 2: closures
def counter2(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(7)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(1)]
print([add(8) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 4)(1))
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
for x in [46, 48, 7, 2, 37]:
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
# block 4: values and operators
i4_0 = ((-44 - 41) + (125 * 73))
print('i4_0', i4_0)
i4_1 = i4_0
print('i4_1', i4_1)
s4_2 = f"<{len('gamma'):^7}|{round(86.419, 0):.1f}>"
print('s4_2', s4_2)
i4_3 = max(i4_1, abs(i4_0))
print('i4_3', i4_3)
i4_4 = i4_3
print('i4_4', i4_4)
vals = [15] + [6]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
t = (102, s4_2, (48.0 * -55.608))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
acc = []
for v in []:
    acc.append(v + (i4_4 + i4_1))
print(acc)
print(i4_0, 'Mixed Case'[-2:-2:-1], sep='|')
print(round((51.0 - 22.1), 3), i4_3 / 8)
