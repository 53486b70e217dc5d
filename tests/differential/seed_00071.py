# differential test program, seed 71 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = (-36 * len('zzz'))
print('i0_0', i0_0)
i0_1 = int((i0_0 - i0_0) < (99 % (i0_0 or 7)))
print('i0_1', i0_1)
f0_2 = ((96.0 / (20.8 or 0.5)) / ((-40.0 - -58.0) or 0.5))
print('f0_2', f0_2)
i0_3 = i0_0
print('i0_3', i0_3)
i0_4 = (pow(i0_3, 2) - (i0_1 + i0_0))
print('i0_4', i0_4)
print(int((141 * i0_0) < i0_1), (str(i0_1) * 1), sep=', ')
print(f0_2, len(f"<{i0_3:^7}|{f0_2}>") / 8)
print(54, f"<{i0_4}|{-35.39:.2f}>"[0:1:-1], sep=', ')
print(f0_2, int((i0_0 % (i0_4 or 7)) < int(i0_3 > i0_0)) / 5)
print(((105 * i0_0) // ((i0_4 // (i0_4 or 7)) or 7)), ('blue' * 1).zfill(5), sep=' ')
print(f0_2, i0_1 / 3)
d = {}
d['ann'] = d.get('ann', 0) + i0_1
d['cy'] = d.get('cy', 0) + i0_0
d['bob'] = d.get('bob', 0) + len('red')
d['hal'] = d.get('hal', 0) + 52
d['dee'] = d.get('dee', 0) + i0_3
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
t = (42, f"<{i0_0:>6}|{71.164}>", (f0_2 * f0_2))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta', 'x']]
print(pairs)
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
for x in [13, 21, 46, 38, 31]:
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
# block 2: closures
def counter2(start):
    count = start
    def bump(by=2):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(8)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(6) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 3, lambda v: v - 0)(17))
# block 3: closures
def counter3(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(9)
print(c(), c(), c(1))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(7) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 3, lambda v: v - 2)(8))
