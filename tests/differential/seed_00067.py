# differential test program, seed 67 (tools/difftest/generator.py)
# block 0: values and operators
s0_0 = ' - '.join(['x', 'yy', 'Mixed Case', 'beta'])
print('s0_0', s0_0)
i0_1 = int(23 < (-26 // (52 or 7)))
print('i0_1', i0_1)
l0_2 = [-20, 5, 21, 13]
print('l0_2', l0_2)
l0_3 = [3]
print('l0_3', l0_3)
s0_4 = 'yy'
print('s0_4', s0_4)
d0_5 = {'gus': -10, 'hal': abs(i0_1)}
print('d0_5', d0_5)
print(l0_2[-1:6])
acc = []
for v in l0_2:
    acc.append(v + len(s0_0))
print(acc)
for i, v in enumerate([7, -1, 15, -13, 24][:3]):
    print(i, v, i * v)
# block 1: values and operators
s1_0 = ','.join([])
print('s1_0', s1_0)
d1_1 = {'hal': min(356094278067032573824, 156), 'gus': int(327821003808968651884 < -15)}
print('d1_1', d1_1)
s1_2 = ((s1_0 + s1_0) + (s1_0 * 0))
print('s1_2', s1_2)
l1_3 = [-10]
print('l1_3', l1_3)
i1_4 = abs(max(119, 160))
print('i1_4', i1_4)
t = (195, s1_0, (-80.0 * -3.32))
n, s, f = t
print(t, n, s, f)
print(t[0], t[-1], len(t), t[:2])
pairs = [(w, len(w)) for w in ['beta', 'red', 'Mixed Case', 'green']]
print(pairs)
print(len((s1_2 * 3)), (str(49.0) + s1_0), sep='|')
print((round(17.0, 1) + (-15.859 / (-18.3 or 0.5))), int((i1_4 * i1_4) > len(s1_0)) / 2)
