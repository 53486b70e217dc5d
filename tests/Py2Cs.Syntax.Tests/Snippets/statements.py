import os
import os.path as osp, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from .... import w
from mod import *
from __future__ import annotations
x = y = z = 1
a, b = b, a
a, *b = [1, 2, 3]
[a, b] = c
(a, b), c = d
x.y = 1
x[0] = 1
x[1:2] = []
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1
x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
x: int
x: int = 5
(x): int = 5
x.y: str = "a"
x[0]: float
del x
del x, y
del (x, y)
del [x], x.y, x[0]
assert x
assert x, "msg"
raise
raise E
raise E from None
global g1, g2
pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in c: pass
for (a, b), *c in d: pass
for x, in y: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a, b) as c: pass
with (yield): pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
def f(): return
def f(): return 1, 2
def f(): return *a, b
x = yield
x = yield from y
x = yield a, b
x = *a, *b
x = 1,
print(*a, **k)
if x: pass; pass
x = 1;
