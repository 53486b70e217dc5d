import asyncio
import decimal
from decimal import Decimal, localcontext

async def price(amount, rate):
    await asyncio.sleep(0)
    with localcontext() as ctx:
        ctx.prec = 6
        ctx.rounding = decimal.ROUND_HALF_UP
        return Decimal(amount) * Decimal(rate)

async def main():
    vals = await asyncio.gather(price("10.125", "1.333333"), price("3", "0.1"))
    print(vals)
    print(Decimal(1) / Decimal(7))
    with localcontext(prec=3):
        print(Decimal(1) / Decimal(7))
    print(decimal.getcontext().prec)
    print(Decimal("2.675").quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_EVEN))
    print(Decimal("2.675").quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))

asyncio.run(main())
