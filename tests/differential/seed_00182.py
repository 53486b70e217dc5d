# differential test program, seed 182 (tools/difftest/generator.py)
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
for x in [14, 58, 20, 22]:
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
i1_0 = int(len('beta') < 144)
print('i1_0', i1_0)
i1_1 = i1_0
print('i1_1', i1_1)
s1_2 = 'zzz'[1:-3:-1].capitalize()
print('s1_2', s1_2)
s1_3 = (s1_2 * 1)
print('s1_3', s1_3)
f1_4 = ((83.981 / (72.89 or 0.5)) / ((-4.253 - -49.6) or 0.5))
print('f1_4', f1_4)
print(sum([-11, 9, 9]), len([-11, 9, 9]))
d = {}
d['ann'] = d.get('ann', 0) + i1_0
d['dee'] = d.get('dee', 0) + (i1_0 + 650792823737223796281)
d['ann'] += 1
for k, v in d.items():
    print(k, v)
vals = [-7, -4, 32, -12, 26] + [9]
print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))
print(abs((47 // (159 or 7))), ((s1_3 * 1) + 'green'[-2:3]), sep='|')
print((f1_4 - f1_4), (i1_1 + i1_1) / 1)
t = (i1_1, s1_2, (13.0 / (f1_4 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red']]
print(pairs)
# block 2: values and operators
s2_0 = (f"<{352812308303993310349:>6}|{-17.0:.1f}>" * 1)
print('s2_0', s2_0)
s2_1 = (s2_0 * 2)
print('s2_1', s2_1)
f2_2 = (95.129 + (619265406969224467782 * -24.78))
print('f2_2', f2_2)
print((int(331659488616602928776 == 178) - int(-23 < 142)), f"<{int(7 < 186):^7}|{(147 * 78.0):.2f}>", sep='|')
print(((f2_2 - f2_2) + (-1.0 + 7.0)), (len('blue') - (115 // (190276811028859077255 or 7))) / 9)
t = (pow(787098413552905852826, 3), s2_0[-1:5:2], (5.184 / (f2_2 or 0.5)))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['red', 'yy']]
print(pairs)
d = {}
d['gus'] = d.get('gus', 0) + int(504270133116168855399 <= 457044265692595304259)
d['bob'] = d.get('bob', 0) + int(108 <= 52)
d['cy'] = d.get('cy', 0) + int(141 < 381827890010787221697)
d['dee'] = d.get('dee', 0) + max(127, 22)
d['eve'] = d.get('eve', 0) + int(51 > 96)
d['gus'] += 1
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
# block 3: values and operators
s3_0 = ','.join(['', 'beta', 'gamma'])[1:-2:-1]
print('s3_0', s3_0)
s3_1 = ''
print('s3_1', s3_1)
i3_2 = (int(829023766496965949625 == 167) - int(172 <= -36))
print('i3_2', i3_2)
d3_3 = {'dee': (i3_2 - i3_2), 'hal': (i3_2 - i3_2)}
print('d3_3', d3_3)
d3_4 = {'gus': int(i3_2 <= i3_2), 'hal': i3_2, 'ann': (i3_2 - i3_2), 'dee': len(s3_1)}
print('d3_4', d3_4)
i3_5 = (-4 + i3_2)
print('i3_5', i3_5)
d3_6 = {'dee': min(i3_2, 36)}
print('d3_6', d3_6)
print(sorted([26], reverse=True))
print(len('red'[1:0:2]), s3_0.replace('a', '4'), sep=', ')
print((-62.481 * round(2.7, 3)), pow(int(79 == i3_5), 2) / 7)
# block 4: generators
def evens4(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1
def pairs4(xs):
    for i, x in enumerate(xs):
        yield i, x
print(list(evens4(7)))
print(sum(v * v for v in evens4(11)))
print(dict(pairs4(['beta', 'yy', 'alpha'])))
gen = evens4(7)
print(next(gen), next(gen, 'end'))
print(any(v > 3 for v in evens4(7)), all(v % 2 == 0 for v in evens4(7)))
