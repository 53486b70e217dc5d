"""Random Python programs for differential testing of py2cs against CPython 3.11.

Each program is a sequence of independent blocks (values and operators, functions with defaults
and keywords, classes with inheritance, closures, exceptions, generators, asyncio tasks) whose
output depends only on the seed: no hash-ordered sets of strings, no addresses, no wall-clock
time, and asyncio deadlines at least 20 ms apart so that a busy machine cannot reorder them.

A program is built from Python source lines; `Program.blocks` keeps the block boundaries so that
the minimiser (minimise.py) can drop whole blocks first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NAMES = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"]
WORDS = ["red", "green", "blue", "alpha", "beta", "gamma", "x", "yy", "zzz", "Mixed Case", ""]


@dataclass
class Program:
    seed: int
    blocks: list[list[str]] = field(default_factory=list)

    def source(self) -> str:
        header = [f"# differential test program, seed {self.seed} (tools/difftest/generator.py)"]
        lines = header + [line for block in self.blocks for line in block]
        return "\n".join(lines) + "\n"


class Expressions:
    """Typed random expressions over the variables a block has defined."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.vars: dict[str, list[str]] = {"int": [], "float": [], "str": [], "list": [], "dict": []}

    def int_literal(self) -> str:
        r = self.rng.random()
        if r < 0.1:
            return str(self.rng.randint(2**40, 2**70))  # past 64 bits sometimes, as Python allows
        return str(self.rng.randint(-50, 200))

    def int_expr(self, depth: int = 2) -> str:
        choices = ["lit"] + (["var"] * 3 if self.vars["int"] else [])
        if depth > 0:
            choices += ["bin", "bin", "call", "len", "cmp"]
        kind = self.rng.choice(choices)
        if kind == "lit":
            return self.int_literal()
        if kind == "var":
            return self.rng.choice(self.vars["int"])
        if kind == "bin":
            op = self.rng.choice(["+", "-", "*", "//", "%", "+", "-"])
            left, right = self.int_expr(depth - 1), self.int_expr(depth - 1)
            if op in ("//", "%"):
                right = f"({right} or 7)"
            return f"({left} {op} {right})"
        if kind == "call":
            fn = self.rng.choice(["abs", "min", "max", "pow"])
            if fn == "abs":
                return f"abs({self.int_expr(depth - 1)})"
            if fn == "pow":
                return f"pow({self.int_expr(depth - 1)}, {self.rng.randint(0, 3)})"
            return f"{fn}({self.int_expr(depth - 1)}, {self.int_expr(depth - 1)})"
        if kind == "len":
            return f"len({self.str_expr(depth - 1)})"
        return f"int({self.int_expr(depth - 1)} {self.rng.choice(['<', '<=', '==', '!=', '>'])} {self.int_expr(depth - 1)})"

    def float_expr(self, depth: int = 2) -> str:
        choices = ["lit"] + (["var"] * 2 if self.vars["float"] else [])
        if depth > 0:
            choices += ["bin", "bin", "div", "round", "mixed"]
        kind = self.rng.choice(choices)
        if kind == "lit":
            return repr(round(self.rng.uniform(-100, 100), self.rng.randint(0, 3)))
        if kind == "var":
            return self.rng.choice(self.vars["float"])
        if kind == "bin":
            return f"({self.float_expr(depth - 1)} {self.rng.choice(['+', '-', '*'])} {self.float_expr(depth - 1)})"
        if kind == "div":
            return f"({self.float_expr(depth - 1)} / ({self.float_expr(depth - 1)} or 0.5))"
        if kind == "round":
            return f"round({self.float_expr(depth - 1)}, {self.rng.randint(0, 3)})"
        return f"({self.int_expr(depth - 1)} * {self.float_expr(depth - 1)})"

    def str_expr(self, depth: int = 2) -> str:
        choices = ["lit"] + (["var"] * 3 if self.vars["str"] else [])
        if depth > 0:
            choices += ["concat", "method", "slice", "fstring", "conv", "join", "repeat"]
        kind = self.rng.choice(choices)
        if kind == "lit":
            return repr(self.rng.choice(WORDS))
        if kind == "var":
            return self.rng.choice(self.vars["str"])
        if kind == "concat":
            return f"({self.str_expr(depth - 1)} + {self.str_expr(depth - 1)})"
        if kind == "method":
            method = self.rng.choice(["upper()", "lower()", "strip()", "title()", "replace('a', '4')",
                                      "center(9, '*')", "ljust(6, '.')", "zfill(5)", "capitalize()"])
            return f"{self.str_expr(depth - 1)}.{method}"
        if kind == "slice":
            a, b = self.rng.randint(-3, 3), self.rng.randint(-3, 6)
            step = self.rng.choice(["", ":2", ":-1"])
            return f"{self.str_expr(depth - 1)}[{a}:{b}{step}]"
        if kind == "fstring":
            spec = self.rng.choice(["", ":>6", ":<4", ":^7"])
            fspec = self.rng.choice([":.2f", ":.1f", ":8.3f", ""])
            return f"f\"<{{{self.int_expr(depth - 1)}{spec}}}|{{{self.float_expr(depth - 1)}{fspec}}}>\""
        if kind == "conv":
            return self.rng.choice([f"str({self.int_expr(depth - 1)})", f"repr({self.str_expr(depth - 1)})",
                                    f"str({self.float_expr(depth - 1)})"])
        if kind == "join":
            return f"{self.rng.choice([repr(','), repr(' - '), repr('')])}.join({self.list_of_str()})"
        return f"({self.str_expr(depth - 1)} * {self.rng.randint(0, 3)})"

    def list_of_str(self) -> str:
        items = ", ".join(repr(self.rng.choice(WORDS)) for _ in range(self.rng.randint(0, 4)))
        return f"[{items}]"

    def list_of_int(self) -> str:
        if self.vars["list"] and self.rng.random() < 0.5:
            return self.rng.choice(self.vars["list"])
        return "[" + ", ".join(str(self.rng.randint(-20, 40)) for _ in range(self.rng.randint(0, 6))) + "]"


def values_block(rng: random.Random, n: int) -> list[str]:
    ex = Expressions(rng)
    lines = [f"# block {n}: values and operators"]
    for i in range(rng.randint(3, 7)):
        kind = rng.choice(["int", "int", "float", "str", "str", "list", "dict"])
        name = f"{kind[0]}{n}_{i}"
        if kind == "int":
            lines.append(f"{name} = {ex.int_expr()}")
        elif kind == "float":
            lines.append(f"{name} = {ex.float_expr()}")
        elif kind == "str":
            lines.append(f"{name} = {ex.str_expr()}")
        elif kind == "list":
            lines.append(f"{name} = {ex.list_of_int()}")
        else:
            keys = rng.sample(NAMES, rng.randint(1, 4))
            lines.append(f"{name} = {{" + ", ".join(f"{k!r}: {ex.int_expr(1)}" for k in keys) + "}")
        ex.vars[kind].append(name)
        lines.append(f"print({name!r}, {name})")
    for _ in range(rng.randint(2, 5)):
        lines += rng.choice([list_ops, dict_ops, tuple_ops, mixed_prints])(rng, ex)
    return lines


def list_ops(rng: random.Random, ex: Expressions) -> list[str]:
    xs = ex.list_of_int()
    op = rng.choice(["sorted", "comp", "slice", "sum", "append", "minmax", "enumerate", "reverse"])
    if op == "sorted":
        return [f"print(sorted({xs}, reverse={rng.choice([True, False])}))"]
    if op == "comp":
        return [f"print([v * {rng.randint(-3, 3)} for v in {xs} if v % {rng.randint(2, 4)} == {rng.randint(0, 1)}])"]
    if op == "slice":
        return [f"print({xs}[{rng.randint(-4, 4)}:{rng.choice(['', str(rng.randint(-4, 6))])}])"]
    if op == "sum":
        return [f"print(sum({xs}), len({xs}))"]
    if op == "append":
        return ["acc = []", f"for v in {xs}:", f"    acc.append(v + {ex.int_expr(1)})", "print(acc)"]
    if op == "minmax":
        return [f"vals = {xs} + [{rng.randint(0, 9)}]", "print(min(vals), max(vals), vals.index(max(vals)), vals.count(vals[0]))"]
    if op == "enumerate":
        return [f"for i, v in enumerate({xs}[:3]):", "    print(i, v, i * v)"]
    return [f"ys = list({xs})", "ys.reverse()", "print(ys, ys[::2])"]


def dict_ops(rng: random.Random, ex: Expressions) -> list[str]:
    keys = rng.sample(NAMES, rng.randint(2, 5))
    lines = ["d = {}"]
    for k in keys:
        lines.append(f"d[{k!r}] = d.get({k!r}, 0) + {ex.int_expr(1)}")
    lines.append(f"d[{keys[0]!r}] += 1")
    op = rng.choice(["items", "comp", "sorted", "pop"])
    if op == "items":
        lines += ["for k, v in d.items():", "    print(k, v)"]
    elif op == "comp":
        lines.append("print({k: v % 10 for k, v in d.items() if v != 3})")
    elif op == "sorted":
        lines.append("print(sorted(d.items(), key=lambda kv: (kv[1], kv[0])))")
    else:
        lines += [f"print(d.pop({keys[-1]!r}), {rng.choice(NAMES)!r} in d, len(d))", "print(d)"]
    return lines


def tuple_ops(rng: random.Random, ex: Expressions) -> list[str]:
    a, b, c = ex.int_expr(1), ex.str_expr(1), ex.float_expr(1)
    return [f"t = ({a}, {b}, {c})", "n, s, f = t", "print(t, n, s, f)",
            "print(t[0], t[-1], len(t), t[:2])",
            f"pairs = [(w, len(w)) for w in {ex.list_of_str()}]", "print(pairs)"]


def mixed_prints(rng: random.Random, ex: Expressions) -> list[str]:
    return [f"print({ex.int_expr()}, {ex.str_expr()}, sep={rng.choice([repr(' '), repr('|'), repr(', ')])})",
            f"print({ex.float_expr()}, {ex.int_expr()} / {rng.randint(1, 9)})"]


def functions_block(rng: random.Random, n: int) -> list[str]:
    ex = Expressions(rng)
    d1, d2 = rng.randint(0, 9), rng.choice(NAMES)
    lines = [f"# block {n}: functions with defaults and keywords",
             f"def f{n}(a, b={d1}, *, label={d2!r}, scale=1):",
             f"    return f\"{{label}}:{{(a + b) * scale}}\"",
             f"def g{n}(*args, **kwargs):",
             "    return len(args), sorted(kwargs.items())",
             f"print(f{n}({ex.int_expr(1)}))",
             f"print(f{n}({ex.int_expr(1)}, {ex.int_expr(1)}, scale={rng.randint(1, 4)}))",
             f"print(f{n}(b={rng.randint(0, 5)}, a={rng.randint(0, 5)}, label={rng.choice(NAMES)!r}))",
             f"print(g{n}({rng.randint(0, 9)}, {rng.choice(NAMES)!r}, k{rng.randint(0, 3)}={rng.randint(0, 9)}))"]
    if rng.random() < 0.5:
        lines += [f"try:", f"    f{n}()", "except TypeError as e:", "    print('TypeError', e)"]
    return lines


def classes_block(rng: random.Random, n: int) -> list[str]:
    base, sub = f"Shape{n}", f"Square{n}"
    factor = rng.randint(2, 5)
    lines = [f"# block {n}: classes with inheritance",
             f"class {base}:",
             "    kind = 'shape'",
             "    def __init__(self, name, size):",
             "        self.name = name",
             "        self.size = size",
             "    def area(self):",
             "        return 0",
             "    def describe(self):",
             "        return f\"{self.kind} {self.name} area={self.area()}\"",
             "    def __repr__(self):",
             "        return f\"{type(self).__name__}({self.name!r}, {self.size})\"",
             f"class {sub}({base}):",
             "    kind = 'square'",
             "    def area(self):",
             "        return self.size * self.size",
             f"class Big{sub}({sub}):",
             "    def area(self):",
             f"        return super().area() * {factor}",
             "    def describe(self):",
             "        return 'big ' + super().describe()"]
    objs = []
    for i in range(rng.randint(2, 4)):
        cls = rng.choice([base, sub, f"Big{sub}"])
        objs.append(f"{cls}({rng.choice(NAMES)!r}, {rng.randint(1, 9)})")
    lines += [f"items{n} = [{', '.join(objs)}]",
              f"for item in items{n}:",
              "    print(item, item.describe(), isinstance(item, " + sub + "))",
              f"print(sorted(items{n}, key=lambda s: (s.area(), s.name)))",
              f"print(sum(s.area() for s in items{n}))"]
    return lines


def closures_block(rng: random.Random, n: int) -> list[str]:
    step = rng.randint(1, 5)
    return [f"# block {n}: closures",
            f"def counter{n}(start):",
            "    count = start",
            "    def bump(by=" + str(step) + "):",
            "        nonlocal count",
            "        count += by",
            "        return count",
            "    return bump",
            f"c = counter{n}({rng.randint(0, 10)})",
            f"print(c(), c(), c({rng.randint(-3, 3)}))",
            f"adders = [lambda x, k=k: x + k for k in range({rng.randint(1, 4)})]",
            f"print([add({rng.randint(0, 9)}) for add in adders])",
            f"def compose{n}(f, g):",
            "    return lambda x: f(g(x))",
            f"print(compose{n}(lambda v: v * {rng.randint(2, 3)}, lambda v: v - {rng.randint(0, 4)})({rng.randint(0, 20)}))"]


def exceptions_block(rng: random.Random, n: int) -> list[str]:
    err = f"AppError{n}"
    lines = [f"# block {n}: exceptions",
             f"class {err}(Exception):",
             "    def __init__(self, code, msg):",
             "        super().__init__(msg)",
             "        self.code = code",
             f"class Fatal{err}({err}):",
             "    pass",
             f"def risky{n}(x):",
             "    if x % 3 == 0:",
             f"        raise Fatal{err}(x, f'fatal {{x}}')",
             "    if x % 3 == 1:",
             f"        raise {err}(x, 'soft')",
             "    return {'a': 1}[x] if x > 50 else [1, 2][x]",
             f"for x in {[rng.randint(0, 60) for _ in range(rng.randint(3, 6))]}:",
             "    try:",
             f"        print('ok', risky{n}(x))",
             f"    except Fatal{err} as e:",
             "        print('fatal', e.code, e)",
             f"    except {err} as e:",
             "        print('app', e.code, repr(e))",
             "    except (KeyError, IndexError) as e:",
             "        print(type(e).__name__, e)",
             "    else:",
             "        print('no error')",
             "    finally:",
             "        print('done', x)"]
    if rng.random() < 0.4:
        lines += ["try:",
                  "    try:",
                  f"        {rng.randint(1, 9)} // 0",
                  "    except ZeroDivisionError as e:",
                  "        raise ValueError('wrapped') from e",
                  "except ValueError as e:",
                  "    print(e, type(e.__cause__).__name__, e.__cause__)"]
    return lines


def generators_block(rng: random.Random, n: int) -> list[str]:
    limit = rng.randint(3, 8)
    return [f"# block {n}: generators",
            f"def evens{n}(limit):",
            "    i = 0",
            "    while i < limit:",
            "        if i % 2 == 0:",
            "            yield i",
            "        i += 1",
            f"def pairs{n}(xs):",
            "    for i, x in enumerate(xs):",
            "        yield i, x",
            f"print(list(evens{n}({limit})))",
            f"print(sum(v * v for v in evens{n}({limit + rng.randint(0, 5)})))",
            f"print(dict(pairs{n}({Expressions(rng).list_of_str()})))",
            f"gen = evens{n}({limit})",
            "print(next(gen), next(gen, 'end'))",
            f"print(any(v > {rng.randint(0, 6)} for v in evens{n}({limit})), all(v % 2 == 0 for v in evens{n}({limit})))"]


def async_block(rng: random.Random, n: int) -> list[str]:
    # Deadlines are distinct multiples of 20 ms, so the order CPython prints is the only order.
    slots = rng.sample(range(1, 8), rng.randint(2, 4))
    workers = [(NAMES[i], s) for i, s in enumerate(slots)]
    return [f"# block {n}: asyncio tasks",
            "import asyncio",
            f"async def worker{n}(name, slot, out):",
            "    await asyncio.sleep(slot * 0.02)",
            "    out.append(name)",
            "    print('worker', name, 'slot', slot)",
            "    return name.upper() * slot",
            f"async def main{n}():",
            "    out = []",
            f"    tasks = [asyncio.create_task(worker{n}(name, slot, out)) for name, slot in {workers!r}]",
            "    results = await asyncio.gather(*tasks)",
            "    print(results, out)",
            "    queue = asyncio.Queue()",
            f"    for item in range({rng.randint(1, 5)}):",
            "        queue.put_nowait(item)",
            "    total = 0",
            "    while not queue.empty():",
            "        total += await queue.get()",
            "    print('total', total)",
            f"asyncio.run(main{n}())"]


BLOCKS = [values_block, values_block, functions_block, classes_block, closures_block,
          exceptions_block, generators_block, async_block]


def generate(seed: int) -> Program:
    rng = random.Random(seed)
    program = Program(seed)
    for n in range(rng.randint(2, 5)):
        program.blocks.append(rng.choice(BLOCKS)(rng, n))
    if rng.random() < 0.1:
        program.blocks.append(["# an uncaught exception ends the program with status 1",
                               f"raise RuntimeError('stop at seed {seed}')"])
    return program
