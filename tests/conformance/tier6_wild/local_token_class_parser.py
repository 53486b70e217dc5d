import re

def tokenize(text):
    class Token:
        __slots__ = ("kind", "value")
        def __init__(self, kind, value):
            self.kind = kind
            self.value = value
        def __repr__(self):
            return f"{self.kind}:{self.value}"
    spec = [("NUM", r"\d+"), ("OP", r"[+*/()-]"), ("WS", r"\s+")]
    rx = re.compile("|".join(f"(?P<{n}>{p})" for n, p in spec))
    out = []
    for m in rx.finditer(text):
        if m.lastgroup != "WS":
            out.append(Token(m.lastgroup, m.group()))
    return out

def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos].value if pos < len(tokens) else None
    def take():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        return t
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take().value
            r = term()
            v = v + r if op == "+" else v - r
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take().value
            r = factor()
            v = v * r if op == "*" else v // r
        return v
    def factor():
        t = take()
        if t.value == "(":
            v = expr()
            take()
            return v
        return int(t.value)
    return expr()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    toks = tokenize(src)
    print(toks, "=", evaluate(toks))
