# A warehouse ledger: abstract stock items, dataclass orders with default factories, value objects
# with ordering and hashing, a property with a setter that validates, and async restocking.
import asyncio
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class Item(ABC):
    def __init__(self, sku, price):
        self.sku = sku
        self._price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}")
        self._price = value

    @abstractmethod
    def shelf_life(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self._price})"


class Perishable(Item):
    def __init__(self, sku, price, days):
        super().__init__(sku, price)
        self.days = days

    def shelf_life(self):
        return f"{self.days} days"


class Durable(Item):
    def shelf_life(self):
        return "forever"


class Bin:
    def __init__(self, aisle, slot):
        self.aisle = aisle
        self.slot = slot

    def __eq__(self, other):
        if not isinstance(other, Bin):
            return NotImplemented
        return (self.aisle, self.slot) == (other.aisle, other.slot)

    def __hash__(self):
        return hash((self.aisle, self.slot))

    def __lt__(self, other):
        return (self.aisle, self.slot) < (other.aisle, other.slot)

    def __repr__(self):
        return f"{self.aisle}{self.slot:02d}"


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def total(self):
        return sum(item.price * qty for item, qty in self.lines)


async def restock(item, amount, delay):
    await asyncio.sleep(delay)
    print(f"restocked {item.sku} x{amount}")
    return amount


async def main():
    milk = Perishable("milk", 3, 7)
    hammer = Durable("hammer", 25)
    print(milk, hammer, milk.shelf_life(), hammer.shelf_life())
    milk.price = 4
    try:
        hammer.price = -1
    except ValueError as e:
        print("rejected:", e)
    print("prices:", milk.price, hammer.price)
    try:
        Item("x", 1)
    except TypeError as e:
        print("abstract:", e)

    bins = [Bin("B", 3), Bin("A", 12), Bin("B", 3), Bin("A", 2)]
    print("sorted bins:", sorted(bins), "unique:", len(set(bins)))
    print("equal:", bins[0] == bins[2], bins[0] == "B03", Bin("A", 2) in bins)

    first, second = Order("ana"), Order("ben")
    first.lines.append((milk, 2))
    first.lines.append((hammer, 1))
    second.notes["gift"] = True
    print(first.total(), second.total(), second.lines, second.notes, first.lines is second.lines)
    print(first == Order("ana", [(milk, 2), (hammer, 1)]))

    amounts = await asyncio.gather(restock(milk, 10, 0.02), restock(hammer, 2, 0.01))
    print("restocked total:", sum(amounts))


asyncio.run(main())
