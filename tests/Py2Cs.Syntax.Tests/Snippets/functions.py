def f(a, b=1, *args, c, d=2, **kwargs) -> int: pass
def g(a, /, b, *, c): pass
def h(a=1, /, b=2): pass
def i(*, a): pass
def j(a: int, b: "str" = "x", *c: int, d: float = 1.0, **e: dict) -> None: pass
def k(*args: *Ts): pass
def l(a, b, /): pass
def m(a,): pass
async def n():
    await x
    async for a in b:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]
    await (yield)
    await x ** 2
    -await x
@decorator
def o(): pass
@a.b.c
@a(1)(2)
@x[0]
@(lambda f: f)
@x := y
def p(): pass
@d
async def q(): pass
@d
class C: pass
class D(A, B, metaclass=M, **kw): pass
class E(): pass
class F(*bases): x = 1
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda *, a: a
lambda a, /, b: a
lambda *a, **k: 0
f(a)(b)(c)
f(x for x in y)
f(a, *b, c=1, *d, **e, f=2)
f(a=1, **b)
f(*a, *b)
f(**a, **b)
def r():
    nonlocal_thing = 1
    def s():
        nonlocal nonlocal_thing
        global gg
