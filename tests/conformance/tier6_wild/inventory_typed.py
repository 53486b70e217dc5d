from typing import TypedDict, NotRequired
from collections import defaultdict


class Item(TypedDict):
    sku: str
    name: str
    qty: int
    price: float


class Order(TypedDict, total=False):
    sku: str
    qty: int
    note: str


def restock(stock: dict[str, Item], sku: str, amount: int) -> Item:
    item = stock[sku]
    item["qty"] += amount
    return item


def fulfil(stock: dict[str, Item], orders: list[Order]) -> dict[str, list[str]]:
    outcome: dict[str, list[str]] = defaultdict(list)
    for o in orders:
        item = stock.get(o.get("sku", ""))
        if item is None:
            outcome["unknown"].append(o.get("sku", "?"))
        elif item["qty"] >= o.get("qty", 1):
            item["qty"] -= o.get("qty", 1)
            outcome["shipped"].append(item["name"])
        else:
            outcome["backorder"].append(item["name"])
    return dict(outcome)


stock = {
    i["sku"]: i
    for i in [
        Item(sku="A1", name="bolt", qty=10, price=0.25),
        Item(sku="B2", name="nut", qty=2, price=0.1),
        {"sku": "C3", "name": "gear", "qty": 0, "price": 4.5},
    ]
}
orders: list[Order] = [{"sku": "A1", "qty": 4}, {"sku": "B2", "qty": 3}, {"sku": "Z9"}, {"sku": "A1", "note": "rush"}]
print(fulfil(stock, orders))
print(restock(stock, "C3", 5))
value = sum(i["qty"] * i["price"] for i in stock.values())
print(f"stock value {value:.2f}")
print(Order.__optional_keys__ == {"sku", "qty", "note"}, Item.__required_keys__ == {"sku", "name", "qty", "price"})
