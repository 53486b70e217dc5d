# Builtin, library and program functions passed where a runtime function takes a callback, whatever
# their result type; None reaching a str-taking builtin raises CPython's TypeError.
from functools import cmp_to_key
import math
import operator

def cmp(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[0] > b[0]) - (a[0] < b[0])

people = [("ann", 31), ("bob", 25), ("cy", 31)]
print([p[0] for p in sorted(people, key=cmp_to_key(cmp))])
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(list(map(operator.neg, [1, -2])), list(map(math.sqrt, [4, 9])), sorted(["b", "A"], key=str.lower))
print(list(map(operator.attrgetter("real"), [3, 2.5])), (7).denominator)
for v in ["1", "x", None]:
    for convert in (int, len, list):
        try:
            print(convert(v))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
