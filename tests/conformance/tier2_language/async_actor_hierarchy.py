# An actor hierarchy in an ABC style: an abstract async handler overridden with an untyped parameter,
# __aenter__ returning self on a subclass (the bound name is the subclass), an async iterator class,
# a dataclass with a default factory, a Protocol.
import asyncio
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict
from typing import Protocol

class Sink(Protocol):
    async def write(self, item: str) -> None: ...

class BaseActor(ABC):
    def __init__(self, name):
        self.name = name
        self.inbox = asyncio.Queue()
        self.handled = 0
    @abstractmethod
    async def handle(self, msg): ...
    async def __aenter__(self):
        self._task = asyncio.create_task(self._loop())
        return self
    async def __aexit__(self, et, ev, tb):
        await self.inbox.put(None)
        await self._task
        return False
    async def _loop(self):
        while (msg := await self.inbox.get()) is not None:
            await self.handle(msg)
            self.handled += 1
    async def tell(self, msg):
        await self.inbox.put(msg)

@dataclass
class Stats:
    words: int = 0
    chars: int = 0
    longest: str = ""
    seen: list = field(default_factory=list)

class Counter(BaseActor):
    def __init__(self, name, sink):
        super().__init__(name)
        self.stats = Stats()
        self.sink = sink
    async def handle(self, msg):
        for w in msg.split():
            self.stats.words += 1
            self.stats.chars += len(w)
            if len(w) > len(self.stats.longest):
                self.stats.longest = w
        self.stats.seen.append(msg[:5])
        await self.sink.write(f"{self.name}: {msg!r}")

class ListSink:
    def __init__(self):
        self.lines = []
    async def write(self, item):
        await asyncio.sleep(0)
        self.lines.append(item)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

async def main():
    sink = ListSink()
    async with Counter("c1", sink) as c:
        for line in ["the cat sat", "on the mat", "extraordinarily long words here"]:
            await c.tell(line)
    print(c.handled, asdict(c.stats))
    print(*sink.lines, sep="\n")
    print([x async for x in Countdown(4)])
    try:
        BaseActor("x")
    except TypeError as e:
        print("TypeError:", e)
    s1, s2 = Stats(1, 2), Stats(1, 2)
    print(s1 == s2, s1, Stats(seen=[1]) != Stats())

asyncio.run(main())
