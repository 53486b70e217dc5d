@dataclass(frozen=True)
class Point:
    x: int = 0
    y: "int" = field(default=0)

@property
@functools.lru_cache(maxsize=None)
def cached(self): return self._v

async def main(*aws, timeout: float = 1.0, **kw) -> list[int]:
    results = [r async for r in agen() if await check(r)]
    gen = (await x for x in aws)
    data = {k: await v async for k, v in pairs()}
    async with lock, (await make()) as res:
        await asyncio.sleep(0)
    return await asyncio.gather(*aws, return_exceptions=True)

def g(a, b=2, /, c=3, *, d, e=5, **rest): ...
def h(*, a=1, b): pass
lam = lambda a, b=1, /, c=2, *args, d, e=3, **kw: (a, b, c, args, d, e, kw)
x = a if b else c if d else e
y = not a == b != c is not d not in e in f
z = a[..., 1:2, ::3]
w = a[:, None]
del a[1:2], b.c, (d, e), [f]
café = 1
π = 3.14
ｗｉｄｔｈ = 5
print(f"{café!r:>{ｗｉｄｔｈ}} {π:.{2}f} {'nested ' f'{x}'}")
print(f"{'{'}{'}'}" f'{"a" "b"}' F"{x:{'>'}{10}}")
s = (
    "line one "  # comment between parts
    'line two '
    f"line {three} "
    r"raw\bytes" if False else ""
)
t = Rb'\x00' bR'\n' + BR"x" + br'y'
u = Fr"{x}\n" fR'{y}\t' rF"{z}"
if (n := len(a)) > 10: pass
[y := f(x), y ** 2]
{(k := 1): v for v in range(3)}
print(*args, sep='', end='', **{'flush': True})
for i, (j, *k) in enumerate(pairs): pass
while (line := f.readline()):
    pass
try:
    pass
except* (ValueError, TypeError) as eg:
    raise RuntimeError("x") from eg
else:
    pass
finally:
    pass
with (open(a) as f, open(b) as g,):
    pass
with (a, b) as c, d: pass
global_var: list = []
def outer():
    x = 1
    def inner():
        nonlocal x
        global global_var
        x += 1
    return inner
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw): return super().__new__(mcs, name, bases, ns)
class C(Base, metaclass=Meta, flag=True):
    """Docstring."""
    attr: ClassVar[int] = 1
    def m(self) -> None:
        return None
x = [i for i in range(10) if i % 2 if i > 3 for j in range(i)]
x = {i: j for i, j in zip(a, b)}
x = {*a, *b, c}
x = [*a, *b]
x = (*a, *b)
x = {**a, 'b': 1, **c}
x = 1 if True else 2
x = (yield)
x = await_ if async_ else match_
assert isinstance(x, int), f"bad {x!r}"
import a.b.c as d, e
from .x.y import (z as w, v)
x = 0xFF | 0o7 & 0b1 ^ ~1 << 2 >> 3
x = 2 ** -1 ** 2
x = -2 ** 2
x = a @ b
x @= c
x //= 2
x = 1e-10 + 1.5E+3j - .5e0
x = 10_000_000.000_1
s = 'a\
b'
s = """multi
line \
continued"""
s = r"""raw \
kept"""
s = 'tab\there' "quote\"s" 'single\'s'
s = '\N{BULLET} \u2022 \U0001F600 \x7f \177 \1'
b = b'\x80\xff\0\n\\\'"'
