# Ints flowing into float slots stay ints, as in CPython: an annotation or a join with a float never
# turns 25 into 25.0, at the top of a slot or inside a container's element type.
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple


def scale(x: float, k: float = 2) -> float:
    print("x", x, type(x).__name__)
    return x * k


def avg(xs: list) -> float:
    if not xs:
        return 0
    return sum(xs) / len(xs)


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def show(d: Dict[str, float]) -> None:
    for k, v in d.items():
        print(k, v)


def parse(s: str) -> Optional[float]:
    if s == "":
        return None
    return float(s) if "." in s else int(s)


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1


class Sensor:
    def __init__(self, name: str, offset: float = 0):
        self.name = name
        self.offset = offset
        self.samples: List[float] = []

    def add(self, v: float) -> None:
        self.samples.append(v + self.offset)


pairs: List[Tuple[str, float]] = [("a", 25), ("b", 2.5), ("c", 3)]
for name, v in pairs:
    print(name, v, type(v).__name__)
print(pairs[0][1], pairs)

scores: Dict[str, float] = {}
scores["a"] = 90
scores["b"] = 85.5
print(scores, max(scores.values()), sum(scores.values()))

xs: List[float] = []
xs.append(3)
xs.extend([2, 4.5])
print(xs, xs[0])

print(scale(25), scale(2.5), scale(3, 1.5))
print(avg([]), avg([1, 2]), mean([1, 2.5]))
show({"a": 1, "b": 0.5})
print([parse(s) for s in ["", "3", "2.5"]])

items = [Item("a", 10), Item("b", 2.5, 3)]
print(items, sum(it.price * it.qty for it in items))

s = Sensor("t")
s.add(20)
s.add(21.5)
print(s.samples, max(s.samples), s.offset)

total = 0
for v in [1, 2.5, 3]:
    total += v
print(total)
rate = 5 if len(pairs) > 5 else 5.5
limit: float = 3
limit = limit + 1
print(rate, limit, [x / 2 if x % 2 else x for x in [1, 2, 3, 4]])
