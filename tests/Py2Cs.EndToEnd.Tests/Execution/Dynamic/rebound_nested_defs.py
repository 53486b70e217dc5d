# A nested def whose name something else binds too: a parameter it replaces, a def per branch,
# a later assignment. The name is a variable holding the function (CPython's textwrap.indent,
# unittest.signals): a C# local function could not share it.


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return [prefix + l for l in text.splitlines() if predicate(l)]


def pick(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()


def handler(h):
    if h == 1:
        def h(x):
            return x * 2
    return h


def replaced():
    def g():
        return 1
    before = g()
    g = lambda: 2
    return before, g()


def counters():
    made = []
    for step in (1, 10):
        def bump(n, step=step):
            return n + step
        made.append(bump)
    return [c(5) for c in made], bump.__name__


print(indent("a\n \nb", "> "))
print(indent("a\n \nb", "> ", lambda l: True))
print(pick(True), pick(False))
print(handler(1)(21), handler(5))
print(replaced())
print(counters())
