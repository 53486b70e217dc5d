# ** arguments into program functions, constructors (and super().__init__), static and class methods, library
# functions; class methods of builtin classes; None as a key; typing forms as values. Output recorded from CPython 3.11.
import itertools
from collections import OrderedDict, Counter, defaultdict


class Base:
    def __init__(self, name, **options):
        self.name = name
        self.options = options

    @classmethod
    def make(cls, name, **kw):
        return cls(name, **kw)

    @staticmethod
    def helper(a, b=2, **kw):
        return (a, b, sorted(kw.items()))


class Child(Base):
    def __init__(self, name, **options):
        super().__init__(name, **options)
        self.extra = 1


def f(a, b=1, *args, **kwargs):
    return (a, b, args, sorted(kwargs.items()))


def forward(*args, **kwargs):
    return f(*args, **kwargs)


opts = {"x": 1, "y": 2}
print(f(1, **opts))
print(forward(1, 2, 3, z=4))
c = Child("n", **opts)
print(c.name, sorted(c.options.items()), c.extra)
b = Base.make("m", **opts)
print(b.name, sorted(b.options.items()))
print(Base.helper(1, **{"b": 5, "q": 6}))
d = dict(opts)
print(d)
d2 = dict(opts, z=3)
print(d2)
print("{x}-{y}".format(**opts))
print(list(itertools.zip_longest([1, 2, 3], [4], fillvalue=0)))


od = OrderedDict()
od["a"] = 1
od["b"] = 2
od.move_to_end("a")
print(list(od.items()))
print(bytes.fromhex("deadbeef"))
print(int.from_bytes(b"\x01\x02", "big"))
print(int.from_bytes(b"\x01\x02", byteorder="little"))
print(dict.fromkeys(["a", "b"], 0))
print(dict.fromkeys("xy"))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
dn = {None: 1, "a": 2}
print(dn[None], dn)
s = {None, 1}
print(None in s)
cn = Counter([None, None, 1])
print(cn[None])
dd = defaultdict(list)
dd[None].append(3)
print(dict(dd))
from typing import Any, Callable, TypeVar, List, Optional, Dict
F = TypeVar("F", bound=Callable[..., Any])
print(F, Callable[..., Any], List[int], Optional[str], Dict[str, int], Callable[[int, str], None])
