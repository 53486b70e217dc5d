# dict() built from pairs of any shape, then grown with values of other types.
# features: dict(generator of split lists), dict(zip), dict(enumerate), dict(mapping, **kw), dict(k=v), later stores of a different type, operator's bitwise and sequence functions
import operator
from functools import reduce

settings = dict(line.split("=", 1) for line in ["host=example.org", "port=8080", "debug=no"])
settings["port"] = int(settings["port"])
settings["debug"] = settings["debug"] == "yes"
print(settings)

names = ["ann", "bob"]
ages = dict(zip(names, [31, 42]))
ages["cy"] = 27
print(ages, sum(ages.values()))

positions = dict(enumerate("xyz"))
positions[10] = "far"
print(positions)

base = dict(a=1, b=2)
merged = dict(base, c=3.5)
merged["d"] = "four"
print(base, merged)

pairs = [("k1", [1]), ("k2", [2, 3])]
table = dict(pairs)
table["k3"] = []
print(table, len(table["k2"]))

flags = reduce(operator.or_, [1, 4, 16])
print(flags, operator.and_(flags, 5), operator.xor(flags, 1), operator.invert(flags), operator.lshift(1, 65))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(operator.concat, [[1], [2], [3]]))
print(operator.countOf("banana", "a"), operator.indexOf(["x", "y"], "y"), operator.is_(None, None))
row = {"n": 1}
operator.setitem(row, "m", 2)
operator.delitem(row, "n")
print(row)
try:
    operator.concat(1, 2)
except TypeError as exc:
    print("TypeError:", exc)
