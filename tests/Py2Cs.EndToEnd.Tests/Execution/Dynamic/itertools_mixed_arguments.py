# A str is C#'s IEnumerable<char>: chained with other iterables it binds at run time; accumulate with a function of any
# values (operator.mul) or a lambda whose result is not the items' type; chain imported by name used as a value.
from itertools import accumulate, chain
import operator

print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.truediv)))
print(list(chain("ab", [1])))
print(list(chain("ab", "cd")))
print(list(chain("ab", ["cd"], range(2))))
xs = [1.5, 2.0]
print(list(chain([1, 2], xs)))
print(list(chain.from_iterable(["ab", "cd"])))
print(sorted(chain("ba", "dc")))
link = chain
print(list(link("x", "yz")))
