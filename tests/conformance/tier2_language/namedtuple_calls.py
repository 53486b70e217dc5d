# collections.namedtuple at module level (str and list field names, defaults=, collections.namedtuple): repr, indexing, unpacking, _replace, _asdict, _fields, sorting; output recorded from CPython 3.11.
from collections import namedtuple
import collections

Pair = namedtuple("Pair", "left right")
Order = namedtuple("Order", ["oid", "customer", "total"], defaults=[0.0])
Edge = collections.namedtuple("Edge", "to, minutes")

p = Pair(1, "a")
o = Order(7, "ana")
print(p, o, o.total, o[1], len(o), Order._fields)
print(o._replace(total=25.5), o._asdict(), p == (1, "a"))
edges = sorted([Edge("b", 5), Edge("a", 9), Edge("c", 1)], key=lambda e: e.minutes)
print(edges, edges[0].to, max(edges))
to, minutes = edges[1]
print(to, minutes, o.oid + 1, [e.to for e in edges])
