f"{x = }"
f"{x=:>10}"
f"{x=!s}"
f"{x:}"
f""
f"abc"
"a" f"b{x}" "c"
match p:
    case None: pass
    case {"a": 1, **rest}: pass
    case Point(1, y=2) | [1, *_] as z: pass
    case -1+2j: pass
    case _: pass
def f(a, /, b, *, c): yield
