# Operator methods of builtin values called by name, as methods and as bound values.
from fractions import Fraction
print((-17).__floordiv__(5), (7).__add__(1), (2.5).__mul__(2), "ab".__add__("c"), (3).__add__(Fraction(1, 2)))
print([1, 2].__len__(), {"a": 1}.__contains__("a"), (5).__neg__(), (3).__lt__(4), "x".__eq__("x"))
f = (10).__sub__
print(f(4), (-3).__abs__(), (0).__bool__())
