import asyncio
from dataclasses import dataclass, field
from typing import Any


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def advance(self, dt: float) -> None:
        self.now += dt


@dataclass
class Entry:
    value: Any
    expires: float
    hits: int = 0


@dataclass
class TTLCache:
    clock: FakeClock
    ttl: float
    store: dict = field(default_factory=dict)
    misses: int = 0

    async def get(self, key, loader):
        e = self.store.get(key)
        if e is not None and e.expires > self.clock.now:
            e.hits += 1
            return e.value
        self.misses += 1
        value = await loader(key)
        self.store[key] = Entry(value, self.clock.now + self.ttl)
        return value

    def evict(self):
        dead = [k for k, e in self.store.items() if e.expires <= self.clock.now]
        for k in dead:
            del self.store[k]
        return sorted(dead)


async def slow_square(k):
    await asyncio.sleep(0)
    return k * k


async def main():
    clock = FakeClock()
    cache = TTLCache(clock, ttl=5)
    for step in range(8):
        keys = [step % 3, (step * 2) % 4]
        vals = await asyncio.gather(*(cache.get(k, slow_square) for k in keys))
        print(f"t={clock.now:4.1f} keys={keys} vals={vals} misses={cache.misses}")
        clock.advance(1.5)
        if step % 3 == 2:
            print("  evicted", cache.evict())
    print({k: (e.value, e.hits) for k, e in sorted(cache.store.items())})
    print(repr(Entry(1, 2.0)))


asyncio.run(main())
