# namedtuple classes made inside functions and methods (a new class per call, as CPython), with defaults and *args.
import asyncio
from collections import namedtuple

def report(rows):
    Line = namedtuple("Line", ["name", "qty", "price"], defaults=[1.0])
    lines = [Line(*r) for r in rows]
    total = sum(l.qty * l.price for l in lines)
    return lines, total

class Shop:
    def stock(self):
        Item = namedtuple("Item", "sku count")
        return sorted([Item("b", 2), Item("a", 5)])

async def fetch(i):
    Resp = namedtuple("Resp", "id status")
    await asyncio.sleep(0.001 * i)
    return Resp(i, 200 if i % 2 else 404)

async def main():
    lines, total = report([("pen", 3, 1.5), ("pad", 2), ("ink", 1, 4.25)])
    print(lines, total)
    print(lines[1]._replace(qty=9), lines[0]._asdict(), lines[2][1])
    print(Shop().stock())
    rs = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(rs, [r.status for r in rs], rs[0] == (0, 404))

asyncio.run(main())
