# A class without __init__ anywhere called with arguments (_collections_abc's Set._from_iterable: cls(it)) raises
# TypeError at run time, as in Python, instead of a C# constructor call that does not compile.
class Set:
    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def union(self, other):
        return self._from_iterable(other)


for attempt in (lambda: Set._from_iterable([1]), lambda: Set(1, key=2), lambda: Set().union([2])):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__)
print(type(Set()).__name__)
