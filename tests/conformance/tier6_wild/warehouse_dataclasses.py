import asyncio
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    price: float = field(default=0.0, compare=False)

    @property
    def value(self) -> float:
        return self.qty * self.price


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str


class OutOfStock(Exception):
    pass


class Warehouse:
    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}
        self.where: Dict[Location, List[str]] = {}
        self.lock = asyncio.Lock()

    def add(self, item: Item, loc: Location) -> None:
        self.items[item.sku] = item
        self.where.setdefault(loc, []).append(item.sku)

    async def take(self, sku: str, n: int) -> int:
        async with self.lock:
            item = self.items[sku]
            if item.qty < n:
                raise OutOfStock(f"{sku}: want {n}, have {item.qty}")
            await asyncio.sleep(0.01)
            item.qty -= n
            return item.qty

    def find(self, sku: str) -> Optional[Location]:
        for loc, skus in self.where.items():
            if sku in skus:
                return loc
        return None


async def main() -> None:
    wh = Warehouse()
    wh.add(Item("B-2", "bolt", 100, 0.05), Location(1, "a"))
    wh.add(Item("A-1", "anchor", 5, 12.5), Location(1, "a"))
    wh.add(Item("C-9", "clamp", 12, 3.0), Location(2, "c"))
    res = await asyncio.gather(wh.take("B-2", 30), wh.take("A-1", 9), wh.take("C-9", 2),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
    for it in sorted(wh.items.values()):
        print(f"{it.sku:<5}{it.name:>8}{it.qty:>5}{it.value:>9.2f}")
    print(wh.find("C-9"), wh.find("Z"))
    loc = Location(1, "a")
    print(loc == Location(1, "a"), hash(loc) == hash(Location(1, "a")))
    try:
        loc.aisle = 3
    except Exception as e:
        print(type(e).__name__)
    total = sum(i.value for i in wh.items.values())
    print(f"total={total:.2f}")


asyncio.run(main())
