# differential test program, seed 5 (tools/difftest/generator.py)
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
for x in [53, 29, 49]:
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
i1_0 = ((-47 // (-4 or 7)) // (min(108, -50) or 7))
print('i1_0', i1_0)
d1_1 = {'dee': i1_0}
print('d1_1', d1_1)
d1_2 = {'eve': i1_0, 'cy': i1_0}
print('d1_2', d1_2)
s1_3 = f"<{min(i1_0, 159)}|{round(19.2, 0):8.3f}>"
print('s1_3', s1_3)
t = ((i1_0 // (i1_0 or 7)), s1_3, (89.84 - 9.813))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['x', 'Mixed Case']]
print(pairs)
print(sum([-18, 25, -9]), len([-18, 25, -9]))
vals = [-5, 39, 32, 40, 9, 2] + [8]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
t = (len('Mixed Case'), 'x'.replace('a', '4'), -58.3)
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['gamma']]
print(pairs)
# block 2: closures
def counter2(start):
    count = start
    def bump(by=5):
        nonlocal count
        count += by
        return count
    return bump
c = counter2(1)
print(c(), c(), c(-1))
adders = [lambda x, k=k: x + k for k in range(3)]
print([add(4) for add in adders])
def compose2(f, g):
    return lambda x: f(g(x))
print(compose2(lambda v: v * 2, lambda v: v - 0)(20))
# block 3: functions with defaults and keywords
def f3(a, b=4, *, label='hal', scale=1):
    return f"{label}:{(a + b) * scale}"
def g3(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(f3((1098199806498499208587 + 416785002991283682754)))
print(f3((200 // (35 or 7)), (151 - 61), scale=3))
print(f3(b=1, a=0, label='gus'))
print(g3(4, 'cy', k3=9))
