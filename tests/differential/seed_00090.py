# differential test program, seed 90 (tools/difftest/generator.py)
# block 0: values and operators
l0_0 = [17, -1, 20, 36]
print('l0_0', l0_0)
f0_1 = (round(-47.05, 2) / (9.4 or 0.5))
print('f0_1', f0_1)
i0_2 = int(int(157 < 84) <= -44)
print('i0_2', i0_2)
i0_3 = int((i0_2 - -31) < 1165105674547417602690)
print('i0_3', i0_3)
d0_4 = {'gus': int(141 == i0_2)}
print('d0_4', d0_4)
s0_5 = str((i0_3 // (i0_2 or 7)))
print('s0_5', s0_5)
print([-10, -13, 15][4:])
d = {}
d['dee'] = d.get('dee', 0) + (i0_2 * i0_2)
d['fay'] = d.get('fay', 0) + (94 // (i0_3 or 7))
d['bob'] = d.get('bob', 0) + i0_2
d['cy'] = d.get('cy', 0) + i0_3
d['dee'] += 1
for k, v in d.items():
    print(k, v)
print((abs(195) % (abs(i0_2) or 7)), s0_5, sep=' ')
print(((i0_3 * f0_1) / (-19.553 or 0.5)), len('yy') / 7)
d = {}
d['eve'] = d.get('eve', 0) + len('alpha')
d['dee'] = d.get('dee', 0) + (i0_3 // (i0_2 or 7))
d['eve'] += 1
print(d.pop('dee'), 'eve' in d, len(d))
print(d)
# block 1: generators
def evens1(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs1(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens1(4)))
print(sum(v * v for v in evens1(8)))
print(dict(pairs1(['blue', 'gamma'])))
gen = evens1(4)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens1(4)), all(v % 2 == 0 for v in evens1(4)))
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
for x in [42, 54, 54, 38]:
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
try:
    try:
        9 // 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
# an uncaught exception ends the program with status 1
raise RuntimeError('stop at seed 90')
