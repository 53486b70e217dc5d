x: int = 1
u"a"
def f(a, b=1, *c, d, e=2, **g) -> int: pass
f"{x=}{y!r:>{w}}"
1.0e10; 1j; b"\x00'"; ...; -1; 10**100
try:
  pass
except* E as e:
  pass
lambda: 0
