import asyncio
from collections import OrderedDict


class LRU:
    """Tiny LRU cache written the long way."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print("    evict", evicted)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in self.data.items())
        return "LRU(%d/%d: %s)" % (len(self), self.capacity, items)


async def slow_square(n):
    await asyncio.sleep(0.001)
    return n * n


async def cached_square(cache, n):
    value = cache.get(n)
    if value is None:
        value = await slow_square(n)
        cache.put(n, value)
    return value


async def main():
    cache = LRU(3)
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        v = await cached_square(cache, n)
        print("square(%d) = %d  %r" % (n, v, cache))
    print("hits=%d misses=%d ratio=%.2f" % (cache.hits, cache.misses, cache.hits / (cache.hits + cache.misses)))
    print(4 in cache, 3 in cache, len(cache), cache.get(99, "nope"))
    results = await asyncio.gather(*[cached_square(cache, n) for n in (5, 6, 7)])
    print(results, list(cache.data.keys()))
    d = {"b": 1, "a": 2}
    d2 = dict(d, c=3)
    d2.setdefault("a", 100)
    d2.setdefault("z", [])
    d2["z"].append(1)
    print(d2, d2.pop("b"), d2.pop("q", None), list(reversed(d2)), d | {"x": 0}, d.get("none", "?"))
    d.update(x=1, y=2)
    d.update([("k", 7)])
    print(d, sorted(d.keys() & {"x", "k", "nope"}), sorted(d.items(), key=lambda kv: str(kv[1])))
    print(dict.fromkeys(["a", "b"], 0), {**d}.popitem(), len(d), list(d.values())[-2:])


asyncio.run(main())
