# Default values are evaluated once, where the def runs: a mutable default is shared by every call
# that leaves the argument out, per function (and per method); a nested def makes a new one each time.
# features: list/dict defaults shared across calls, method defaults shared across instances, keyword-only default, nested def defaults re-evaluated


class Registry:
    def add(self, name, seen={}):
        seen[name] = seen.get(name, 0) + 1
        return dict(seen)


def collect(x, acc=[], *, marks={"n": 0}):
    acc.append(x)
    marks["n"] += 1
    return len(acc), marks["n"]


def make():
    def inner(v, box=[]):
        box.append(v)
        return box
    return inner


r1, r2 = Registry(), Registry()
print(r1.add("a"), r2.add("a"), r1.add("b"))
print(collect(1), collect(2), collect(3, []), collect(4, marks={"n": 10}))
g1, g2 = make(), make()
print(g1(1), g1(2), g2(3))
