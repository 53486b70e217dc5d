# differential test program, seed 1 (tools/difftest/generator.py)
# block 0: values and operators
i0_0 = pow(pow(994156227777886537640, 3), 3)
print('i0_0', i0_0)
s0_1 = 'yy'
print('s0_1', s0_1)
f0_2 = (i0_0 * (-96.0 - 94.0))
print('f0_2', f0_2)
s0_3 = s0_1
print('s0_3', s0_3)
s0_4 = str(i0_0)
print('s0_4', s0_4)
for i, v in enumerate([1, 37, 26, 25, 12][:3]):
    print(i, v, i * v)
d = {}
d['eve'] = d.get('eve', 0) + abs(i0_0)
d['hal'] = d.get('hal', 0) + pow(i0_0, 2)
d['dee'] = d.get('dee', 0) + i0_0
d['gus'] = d.get('gus', 0) + int(83 != i0_0)
d['eve'] += 1
for k, v in d.items():
    print(k, v)
print(167, ''.join(['x', '', 'blue', 'blue']), sep=', ')
print((54.1 - (f0_2 / (f0_2 or 0.5))), int(169 > i0_0) / 7)
print(sum([35, 3, 16]), len([35, 3, 16]))
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
print(list(evens1(6)))
print(sum(v * v for v in evens1(8)))
print(dict(pairs1(['gamma', 'red', 'zzz'])))
gen = evens1(6)
print(next(gen), next(gen, 'end'))
print(any(v > 4 for v in evens1(6)), all(v % 2 == 0 for v in evens1(6)))
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
for x in [38, 1, 51, 14, 40, 11]:
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
