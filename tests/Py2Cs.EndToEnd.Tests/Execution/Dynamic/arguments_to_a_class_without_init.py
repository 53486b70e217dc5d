# A class without __init__ anywhere called with arguments (_collections_abc's Set._from_iterable: cls(it)) raises
# TypeError at run time, as in Python; a subclass that defines __init__ takes them.
class Set:
    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def union(self, other):
        return self._from_iterable(other)


class Bag(Set):
    def __init__(self, items=()):
        self.items = sorted(items)


print(Bag([3, 1, 2]).union([5, 4]).items)
try:
    Set._from_iterable([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Set(1, key=2)
except TypeError as e:
    print("TypeError:", e)
print(type(Set()).__name__)
