import asyncio


class Counter(dict):
    """A dict that counts; missing keys read as zero."""

    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] = self[key] + n
        return self[key]

    def top(self, k):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


class Shelf(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def total(self):
        return sum(self)

    def __repr__(self):
        return f"Shelf({self.name!r}, {list(self)!r})"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Warehouse:
    def __init__(self):
        self.stock = Counter()
        self.log = []

    async def receive(self, sku, n):
        await asyncio.sleep(0)
        now = self.stock.add(sku, n)
        self.log.append(("in", sku, n))
        return now

    async def ship(self, sku, n):
        await asyncio.sleep(0)
        if self.stock[sku] < n:
            raise OutOfStock(sku, n, self.stock[sku])
        self.stock[sku] -= n
        self.log.append(("out", sku, n))
        return self.stock[sku]


async def main():
    w = Warehouse()
    results = await asyncio.gather(
        w.receive("apple", 5), w.receive("pear", 3), w.receive("apple", 2)
    )
    print("after receive:", results)
    print("missing reads zero:", w.stock["kiwi"], "kiwi" in w.stock)
    try:
        await w.ship("pear", 10)
    except OutOfStock as e:
        print("error:", e)
        print("fields:", e.sku, e.wanted, e.have)
        print("args:", e.args)
    left = await w.ship("apple", 4)
    print("apple left:", left)
    print("top:", w.stock.top(2))
    print("len:", len(w.stock), sorted(w.stock))
    s = Shelf("A", [3, 1, 2])
    s.append(10)
    s.sort()
    print(s, s.total(), len(s), s[0], s[-1])
    print(isinstance(s, list), isinstance(w.stock, dict))
    for kind, sku, n in w.log:
        print(f"{kind:>3} {sku:<6} {n:3d}")


asyncio.run(main())
