import asyncio, operator as op
from functools import reduce

BINARY = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod, "**": pow}
UNARY = {"neg": op.neg, "abs": abs, "sq": lambda v: v * v}


def tokenize(src): return src.replace("(", " ").replace(")", " ").split()


def evaluate(expr, env=None):
    env = env or {}
    stack = []
    for tok in tokenize(expr):
        if tok in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(UNARY[tok](stack.pop()))
        elif tok in env:
            stack.append(env[tok])
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression {expr!r}: stack {stack}")
    return stack[0]


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


async def calc(name, expr, env, delay):
    await asyncio.sleep(delay)
    try:
        return name, evaluate(expr, env)
    except (ValueError, ZeroDivisionError, IndexError) as e:
        return name, f"{type(e).__name__}: {e}"


async def main():
    jobs = [
        ("a", "3 4 + 2 *", None),
        ("b", "10 3 //  10 3 % +", None),
        ("c", "x y / sq", {"x": 9, "y": 3}),
        ("d", "1 0 /", None),
        ("e", "2 10 ** neg abs", None),
        ("f", "1 2", None),
        ("g", "+", None),
        ("h", "2.5 2 *", {}),
    ]
    out = await asyncio.gather(*[calc(n, e, env, 0.005 * i) for i, (n, e, env) in enumerate(jobs)])
    for name, value in out:
        print(f"{name} = {value}")
    inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
    print(inc_then_double(4), repr(compose()(7)))
    print(sorted(BINARY, key=len), [k for k, f in UNARY.items() if f(-3) == 3])
    table = {sym: fn(7, 2) for sym, fn in BINARY.items()}
    print(table)

asyncio.run(main())
