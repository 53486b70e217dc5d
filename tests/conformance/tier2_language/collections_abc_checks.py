import asyncio
from collections import Counter, deque, OrderedDict, defaultdict
from collections.abc import (AsyncIterator, Awaitable, Callable, Collection, Container, Hashable,
                             ItemsView, Iterable, Iterator, KeysView, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Sequence, Set, Sized)
from typing_extensions import TypedDict


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items


class Shout:
    def __call__(self, text):
        return text.upper()


def count_up(n):
    yield from range(n)


async def ticks(n):
    for i in range(n):
        yield i


def kinds(value) -> str:
    names = []
    for abc in (Iterable, Iterator, Sized, Container, Collection, Sequence, MutableSequence,
                Mapping, MutableMapping, Set, MutableSet, Hashable, Callable, Awaitable, AsyncIterator):
        if isinstance(value, abc):
            names.append(abc.__name__)
    return ", ".join(names) or "-"


async def main():
    d = {"a": 1}
    od = OrderedDict()
    od["a"] = 1
    samples = [
        ("dict", d), ("list", [1]), ("tuple", (1,)), ("str", "s"), ("set", {1}), ("frozenset", frozenset([1])),
        ("range", range(3)), ("bytes", b"x"), ("bytearray", bytearray(b"x")), ("deque", deque([1])),
        ("Counter", Counter("aab")), ("OrderedDict", od), ("defaultdict", defaultdict(int)),
        ("generator", count_up(2)), ("Bag", Bag(1, 2)), ("Shout", Shout()), ("function", kinds),
        ("lambda", lambda x: x), ("keys", d.keys()), ("items", d.items()), ("None", None), ("int", 3),
        ("float", 2.5), ("asyncgen", ticks(2)),
    ]
    for name, value in samples:
        print(f"{name:>12}: {kinds(value)}")
    print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.keys(), ItemsView))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print("future awaitable:", isinstance(fut, Awaitable), await fut)

    def describe(x) -> str:
        match x:
            case Mapping():
                return "mapping of " + str(len(x))
            case Sequence():
                return "sequence of " + str(len(x))
            case _:
                return "thing"

    print(describe({"k": 2}), describe([1, 2, 3]), describe(7))


asyncio.run(main())
