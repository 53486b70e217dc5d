from dataclasses import dataclass
from typing import List, Union

@dataclass
class Tok:
    kind: str
    text: str

def lex(src: str) -> List[Tok]:
    out: List[Tok] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Tok("num", src[i:j]))
            i = j
        elif ch in "+-*/()^%":
            out.append(Tok("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return out

class Parser:
    def __init__(self, toks: List[Tok]):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self) -> Union[int, float]:
        v = self.term()
        while (t := self.peek()) is not None and t.text in "+-":
            self.take()
            r = self.term()
            v = v + r if t.text == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while (t := self.peek()) is not None and t.text in "*/%":
            self.take()
            r = self.factor()
            if t.text == "*":
                v *= r
            elif t.text == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        b = self.unary()
        if (t := self.peek()) is not None and t.text == "^":
            self.take()
            return b ** self.factor()
        return b

    def unary(self):
        t = self.take()
        if t is None:
            raise SyntaxError("unexpected end")
        if t.text == "-":
            return -self.unary()
        if t.text == "(":
            v = self.expr()
            self.take()
            return v
        return float(t.text) if "." in t.text else int(t.text)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 - -2", "2 ^ 100", "1.5 * 4", "3 +", "4 $ 4", "1 / 0"]:
    try:
        print(f"{src} = {Parser(lex(src)).expr()}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src}: {type(e).__name__}: {e}")
print(lex("12+3")[0])
