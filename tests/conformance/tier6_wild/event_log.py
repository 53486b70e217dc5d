# event log formatter -- terse style
from functools import singledispatch
from datetime import date

@singledispatch
def fmt(v): return repr(v)

@fmt.register(int)
@fmt.register(float)
def _(v): return f"{v:,}"

@fmt.register
def _(v: bool): return "yes" if v else "no"

@fmt.register
def _(v: list): return "[" + "; ".join(fmt(x) for x in v) + "]"

@fmt.register
def _(v: dict): return "{" + ", ".join(f"{k}={fmt(x)}" for k, x in v.items()) + "}"

@fmt.register(type(None))
def _(v): return "-"

@fmt.register
def _(v: date): return v.strftime("%d %b %Y")

events = [
    {"id": 1, "ok": True, "bytes": 1234567, "tags": ["a", "b"]},
    {"id": 2, "ok": False, "bytes": 12.5, "tags": [], "when": date(2024, 3, 9)},
    {"id": 3, "ok": None, "bytes": 0, "tags": [True, 7]},
]
for e in events:
    print(fmt(e))
print(fmt("plain"), fmt(3.0), fmt([None]))
