import json

inventory = {}

def add(name, qty, price):
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price

def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    item = inventory[name]
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} {name} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]

commands = [
    ("add", "apple", 10, 0.5),
    ("add", "pear", 4, 0.75),
    ("remove", "apple", 3),
    ("remove", "kiwi", 1),
    ("add", "apple", 5, 0.55),
    ("remove", "pear", 10),
    ("remove", "pear", 4),
]

for cmd, *args in commands:
    try:
        if cmd == "add":
            add(*args)
        else:
            remove(*args)
        print("ok", cmd, args)
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("error:", e)

print(json.dumps(inventory, indent=2, sort_keys=True))
total = sum(v["qty"] * v["price"] for v in inventory.values())
print(f"total value: ${total:,.2f}")
print(round(total, 1), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
snapshot = json.loads(json.dumps(inventory))
print(snapshot == inventory, snapshot is inventory)
