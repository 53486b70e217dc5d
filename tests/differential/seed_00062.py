# differential test program, seed 62 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = f"<{len('blue'):<4}|{92.2:.1f}>"
print('s0_0', s0_0)
d0_1 = {'ann': pow(37, 1)}
print('d0_1', d0_1)
l0_2 = [25]
print('l0_2', l0_2)
i0_3 = (abs(28) % ((-47 * 105) or 7))
print('i0_3', i0_3)
d = {}
d['dee'] = d.get('dee', 0) + i0_3
d['bob'] = d.get('bob', 0) + i0_3
d['eve'] = d.get('eve', 0) + i0_3
d['ann'] = d.get('ann', 0) + (i0_3 // (i0_3 or 7))
d['dee'] += 1
print({k: v % 10 for k, v in d.items() if v != 3})
t = (i0_3, str(i0_3), 48.804)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
d = {}
d['fay'] = d.get('fay', 0) + abs(i0_3)
d['hal'] = d.get('hal', 0) + i0_3
d['gus'] = d.get('gus', 0) + (i0_3 - -34)
d['bob'] = d.get('bob', 0) + len(s0_0)
d['fay'] += 1
print(d.pop('bob'), 'dee' in d, len(d))
print(d)
d = {}
d['ann'] = d.get('ann', 0) + (i0_3 - i0_3)
d['fay'] = d.get('fay', 0) + 79461963280850923562
d['dee'] = d.get('dee', 0) + (i0_3 - 135)
d['ann'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
for i, v in enumerate([36, 12, 38, -4, 27][:3]):
    print(i, v, i * v)
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
for x in [33, 16, 10, 33, 55]:
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
print(list(evens2(7)))
print(sum(v * v for v in evens2(9)))
print(dict(pairs2(['blue', 'gamma', 'x'])))
gen = evens2(7)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens2(7)), all(v % 2 == 0 for v in evens2(7)))
