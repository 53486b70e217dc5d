# A library function of any values passed where its result is fed back (reduce's accumulator), and
# cmp_to_key with comparisons that return floats and bools: the results are CPython's, int or float.
import functools
import operator

print(functools.reduce(operator.mul, range(1, 6)))
print(functools.reduce(operator.mul, range(1, 30)))
print(functools.reduce(operator.truediv, [1, 2, 4]))
print(functools.reduce(operator.add, [1.5, 2.5]), functools.reduce(operator.add, ["a", "b", "c"]))
xs = [3, 4]
print(functools.reduce(operator.mul, xs, 2), functools.reduce(operator.sub, xs, 10))
prices = [2.5, 1.25, 9.0, 1.0]
print(sorted(prices, key=functools.cmp_to_key(lambda a, b: a - b)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
