from collections import namedtuple, OrderedDict
from typing import NamedTuple, Optional
from dataclasses import dataclass, field, asdict, replace

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, tuple(p), p == (3, 4))

class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000, "ann")]
for e in sorted(staff, key=lambda e: (-e.salary, e.name)):
    print(f"{e.name:<5}{e.dept:<5}{e.salary:>8,}  {e.manager or '-'}")
by_dept = OrderedDict()
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, list(by_dept.keys()))
by_dept.move_to_end("eng")
print(list(by_dept))

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = ""
    def total(self):
        return sum(q * p for _, q, p in self.items)

o = Order(1)
o.items.append(("pen", 3, 1.25))
o.items.append(("pad", 1, 4.0))
print(o, o.total())
print(asdict(o))
o2 = replace(o, id=2, note="copy")
print(o2.id, o2.note, o2.items is o.items, o == o2)
print(Order(3) == Order(3), Order(3) == Order(4))
