# _collections_abc's shape: a base whose __iter__ is a generator (yielding nothing) and a subclass whose
# __iter__ returns self; both are one C# virtual method returning object.
class Iterable:
    def __iter__(self):
        while False:
            yield None


class Countdown(Iterable):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __iter__(self):
        return self


class Letters(Iterable):
    def __iter__(self):
        yield from "abc"


print(list(Iterable()), list(Countdown(3)), list(Letters()))
for thing in (Iterable(), Countdown(2), Letters()):
    print(type(thing).__name__, [x for x in thing])
