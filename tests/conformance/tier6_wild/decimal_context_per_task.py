import asyncio
import decimal
from decimal import Decimal, localcontext

async def compute(label, prec):
    ctx = decimal.getcontext()
    ctx.prec = prec
    await asyncio.sleep(0.01 * prec % 3 / 100)
    v = Decimal(1) / Decimal(7)
    await asyncio.sleep(0)
    return label, str(v), decimal.getcontext().prec

async def main():
    res = await asyncio.gather(compute("p4", 4), compute("p10", 10), compute("p2", 2))
    for r in res:
        print(r)
    print("main prec", decimal.getcontext().prec, Decimal(2) / Decimal(3))
    with localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        print(Decimal("1.2345") + 0, Decimal(2) / Decimal(3))
    print(Decimal("1.005").quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))

asyncio.run(main())
