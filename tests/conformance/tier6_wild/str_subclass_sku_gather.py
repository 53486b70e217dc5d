import asyncio
import json


class Sku(str):
    def category(self):
        return self.split("-")[0]

    def __repr__(self):
        return f"Sku({str(self)})"


STOCK = {"BK-001": 3, "BK-002": 0, "TY-010": 7}


async def check(sku):
    await asyncio.sleep(0.01 * len(sku.category()))
    return sku, STOCK.get(sku, 0)


async def main():
    skus = [Sku(s) for s in ["BK-001", "TY-010", "BK-002", "XX-999"]]
    results = await asyncio.gather(*(check(s) for s in skus))
    print(results)
    in_stock = {s: n for s, n in results if n}
    print(json.dumps(in_stock, sort_keys=True))
    by_cat = {}
    for s, n in results:
        by_cat.setdefault(s.category(), []).append(s)
    print(by_cat, sorted(skus, key=str.lower)[-1])


asyncio.run(main())
