a or b or c
a and b and c
a or b and c
not a
not not a
a if b else c
a if b else c if d else e
a < b <= c > d >= e == f != g
a is b; a is not b; a in b; a not in b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
a ** b ** c
-a ** b
(-a) ** b
a - b - c
a + (b + c)
~a + -b + +c
x[1]; x[1:2]; x[1:2:3]; x[:]; x[::]; x[::2]; x[1:]; x[:2]; x[a, b]; x[1:2, ::3]; x[()]
x[*a]; x[*a, b]; x[a:=1]
x.y.z
x(1).y[2](3)
[]; [1]; [1, 2,]; [*a, *b]
(); (1,); (1, 2); ((1)); (*a, b)
{}; {1}; {1, 2}; {*a}; {1: 2}; {1: 2, **a, 3: 4}; {**a}
[x for x in y]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[x for x, in y]
[x for *x, y in z]
(y := 5)
[y := 5, y ** 2]
f(y := 1)
x = (y := 1)
...
None; True; False
x = a if b else lambda: c
await_ = 1
print(a, b, sep='', end='\n')
a.b(c).d[e]
x = [
    1,
    2,
]
y = {
    'a': 1,  # comment
    # another
    'b': 2,
}
z = (1 +
     2)
w = 1 + \
    2
