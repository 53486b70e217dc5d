# Storage backends: ABCs with several bases.
# features: ABCs with two abstract bases, abstract method TypeError message, inherited concrete method calling the abstract one, __mro__ with ABC, sequential awaits
import asyncio
from abc import ABC, abstractmethod


class Readable(ABC):
    @abstractmethod
    def read(self, key): ...

    def read_many(self, keys):
        return [self.read(k) for k in keys]


class Writable(ABC):
    @abstractmethod
    def write(self, key, value): ...


class MemoryStore(Readable, Writable):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data.get(key)

    def write(self, key, value):
        self.data[key] = value


class ReadOnly(Readable):
    def read(self, key):
        return key.upper()


async def load(store, items):
    for k, v in items:
        await asyncio.sleep(0)
        store.write(k, v)
    return len(items)


async def main():
    m = MemoryStore()
    n = await load(m, [("a", 1), ("b", 2)])
    print(n, m.read_many(["a", "b", "c"]))
    print(ReadOnly().read_many(["x", "y"]))
    print(isinstance(m, Readable), isinstance(m, Writable), isinstance(ReadOnly(), Writable))
    try:
        Readable()
    except TypeError as e:
        print("TypeError:", e)
    print([c.__name__ for c in MemoryStore.__mro__])


asyncio.run(main())
