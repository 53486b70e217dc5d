# differential test program, seed 49 (tools/difftest/generator.py)
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
for x in [59, 7, 20, 48, 35, 32]:
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
i1_0 = abs(int(104 == 13))
print('i1_0', i1_0)
l1_1 = [-14]
print('l1_1', l1_1)
s1_2 = ' - '.join(['beta', ''])
print('s1_2', s1_2)
s1_3 = ''.join([])
print('s1_3', s1_3)
l1_4 = l1_1
print('l1_4', l1_4)
t = (int(i1_0 != i1_0), (s1_3 + s1_3), (8.5 + 85.13))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in []]
print(pairs)
print(sorted([24, 22], reverse=False))
