# differential test program, seed 199 (tools/difftest/generator.py)
# block 0: generators
def evens0(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs0(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens0(5)))
print(sum(v * v for v in evens0(10)))
print(dict(pairs0(['red', 'yy'])))
gen = evens0(5)
print(next(gen), next(gen, 'end'))
print(any(v > 5 for v in evens0(5)), all(v % 2 == 0 for v in evens0(5)))
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
for x in [15, 49, 36, 21, 49]:
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
# block 2: values and operators
s2_0 = ' - '.join(['alpha', 'yy', 'blue', 'Mixed Case'])
print('s2_0', s2_0)
l2_1 = [13, 0, 36, 4, 33, 27]
print('l2_1', l2_1)
f2_2 = ((-23.8 - -41.0) / (28.4 or 0.5))
print('f2_2', f2_2)
i2_3 = abs(len('red'))
print('i2_3', i2_3)
s2_4 = f"<{(i2_3 - i2_3)}|{f2_2:.2f}>"
print('s2_4', s2_4)
l2_5 = [12, 25, 4, -4]
print('l2_5', l2_5)
i2_6 = int(pow(i2_3, 0) != 63)
print('i2_6', i2_6)
t = ((i2_3 - i2_6), ','.join(['alpha', 'beta', 'beta']), round(-30.653, 0))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma']]
print(pairs)
t = ((i2_6 + i2_3), ''.join(['red', 'gamma', 'blue']), f2_2)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['']]
print(pairs)
d = {}
d['fay'] = d.get('fay', 0) + int(i2_3 > i2_3)
d['cy'] = d.get('cy', 0) + max(i2_3, 508921926463207216606)
d['fay'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
print(i2_6, s2_4, sep='|')
print(round(-74.0, 1), i2_6 / 5)
# block 3: closures
def counter3(start):
    count = start
    def bump(by=4):
        nonlocal count
        count += by
        return count
    return bump
c = counter3(5)
print(c(), c(), c(0))
adders = [lambda x, k=k: x + k for k in range(2)]
print([add(5) for add in adders])
def compose3(f, g):
    return lambda x: f(g(x))
print(compose3(lambda v: v * 2, lambda v: v - 0)(12))
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 199')
