"""Arithmetic with Python semantics on ints (small and big), floats and bools, through the dynamic operators."""
import operator
import random

from casegen import emit, enc, outcome

ops = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "pow": operator.pow, "lshift": operator.lshift,
    "rshift": operator.rshift, "and": operator.and_, "or": operator.or_, "xor": operator.xor,
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge,
    "divmod": divmod, "round": round, "pow3": None,
}
values = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 100), 0.0, -0.0, 0.5, 1.5, -2.5,
          2.675, 3.7, -7.5, 1e16, float("inf"), float("nan"), True, False, "ab", 9007199254740993, 10 ** 30]
rng = random.Random(99)
for _ in range(3):
    values.append(rng.randint(-10 ** 12, 10 ** 12))
    values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
small = [0, 1, 2, 3, -1, -2, 5, 64, 100, 0.5, -1.5, 2.0, True, "x"]
for name, fn in ops.items():
    if name == "pow3":
        for b in [2, 3, -3, 7, 10 ** 20, 4]:
            for e in [0, 1, 5, -1, 100]:
                for m in [5, 7, -7, 1, 0, 13]:
                    emit("pow3", [enc(b), enc(e), enc(m)], outcome(lambda: pow(b, e, m)))
        continue
    rights = small if name in ("pow", "lshift", "rshift", "round") else values
    for a in values:
        for b in rights:
            if name == "pow" and isinstance(a, int) and isinstance(b, int) and abs(a) > 2 ** 40 and b > 3:
                continue
            result = outcome(lambda: fn(a, b))
            if result.endswith("j)"):
                continue  # complex numbers are not supported by the runtime
            emit(name, [enc(a), enc(b)], result)
for name, fn in {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs, "truthy": bool,
                 "int": int, "float": float, "round1": round, "hash": hash, "hex": hex, "bin": bin, "oct": oct}.items():
    for a in values + ["12", " 42 ", "-0x1f", "1_000", "abc", "", "3.25", "1e3", "inf", "-Infinity", "nan", "1,000", "0b101", "١٢"]:
        if name == "hash" and isinstance(a, (str, float)) and a != a:
            continue
        if name == "hash" and isinstance(a, str):
            continue
        emit(name, [enc(a)], outcome(lambda: fn(a)))
for text, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("101", 2), ("z", 36), ("12", 2), ("0o17", 0), ("017", 0), ("0", 0), ("  -1_0 ", 10), ("9", 8)]:
    emit("intbase", [enc(text), enc(base)], outcome(lambda: int(text, base)))
