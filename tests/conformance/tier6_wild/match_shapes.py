import math

def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return math.pi * r * r
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square {w * h}"
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case ("tri", a, b):
            return 0.5 * a * b
        case [x, y, *rest]:
            return f"list of {2 + len(rest)} starting {x},{y}"
        case str() as name:
            return f"named {name}"
        case int(n) | float(n) if n > 0:
            return n
        case None:
            return "nothing"
        case _:
            return "unknown"

for s in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 3}, {"kind": "rect", "w": 2, "h": 5},
          ("tri", 3, 4), [1, 2, 3, 4], "blob", 7, -1.5, None, {"kind": "hex"}]:
    res = area(s)
    print(f"{s!s:<32} -> {res:.3f}" if isinstance(res, float) else f"{s!s:<32} -> {res}")

def command(cmd: str):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"what is {cmd!r}?"

for c in ["go north", "go west", "take lamp", "take a b c", "exit", "", "dance"]:
    print(command(c))
