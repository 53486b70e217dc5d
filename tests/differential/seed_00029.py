# differential test program, seed 29 (tools/difftest/generator.py)
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
for x in [5, 32, 59, 22, 25]:
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
d1_0 = {'dee': max(1, 6), 'gus': pow(58, 2), 'cy': (195 % (142 or 7)), 'ann': (115 - 108)}
print('d1_0', d1_0)
d1_1 = {'fay': (155 * -9)}
print('d1_1', d1_1)
s1_2 = ' - '.join(['Mixed Case', ''])
print('s1_2', s1_2)
t = (int(-47 < 183), str(24), 88.0)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
ys = list([-9])
ys.reverse()
print(ys, ys[::2])
t = ((15 + 869077064971778075306), s1_2, (1 * 26.8))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['alpha', 'red']]
print(pairs)
