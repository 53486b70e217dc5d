import operator

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise NameError(var)
        return self.outer.find(var)

def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

def standard_env():
    env = Env()
    env.update({"+": operator.add, "-": operator.sub, "*": operator.mul, "<": operator.lt, "=": operator.eq})
    return env

GLOBAL = standard_env()

def evaluate(x, env=GLOBAL):
    if isinstance(x, str):
        return env.find(x)[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        env[args[0]] = evaluate(args[1], env)
        return None
    if op == "lambda":
        return Lambda(args[0], args[1], env)
    proc = evaluate(op, env)
    return proc(*[evaluate(a, env) for a in args])

prog = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(fact 25)",
    "(define sq (lambda (x) (* x x)))",
    "(sq (sq 7))",
]
for line in prog:
    r = evaluate(parse(tokenize(line)))
    if r is not None:
        print(r)
try:
    evaluate(parse(tokenize("(undefined 1)")))
except NameError as e:
    print("NameError", e)
