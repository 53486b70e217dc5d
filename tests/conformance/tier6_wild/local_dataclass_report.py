from dataclasses import dataclass, field
from typing import List

def build_report(rows):
    @dataclass
    class Line:
        item: str
        qty: int
        price: float

        @property
        def total(self) -> float:
            return self.qty * self.price

    lines = [Line(*r) for r in rows]
    lines.sort(key=lambda l: -l.total)
    for l in lines:
        print(f"{l.item:<10}{l.qty:>4}{l.price:>8.2f}{l.total:>10.2f}")
    print(lines[0])
    return sum(l.total for l in lines)

print("grand total: %.2f" % build_report([("apple", 3, 0.5), ("pear", 10, 0.25), ("melon", 1, 3.0)]))
