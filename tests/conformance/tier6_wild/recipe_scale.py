import asyncio
from fractions import Fraction as F
from typing import NamedTuple

class Ingredient(NamedTuple):
    name: str
    qty: F
    unit: str = "g"

    def scaled(self, k):
        return self._replace(qty=self.qty * k)

    def __str__(self):
        whole, rem = divmod(self.qty.numerator, self.qty.denominator)
        frac = f"{rem}/{self.qty.denominator}" if rem else ""
        amount = " ".join(p for p in (str(whole) if whole else "", frac) if p) or "0"
        return f"{amount} {self.unit} {self.name}"

PANCAKES = [
    Ingredient("flour", F(3, 2), "cup"),
    Ingredient("milk", F(5, 4), "cup"),
    Ingredient("egg", F(1), "pc"),
    Ingredient("sugar", F(2), "tbsp"),
    Ingredient("salt", F(1, 4), "tsp"),
]

async def scale(recipe, servings, base=4):
    await asyncio.sleep(0)
    k = F(servings, base)
    return servings, [i.scaled(k) for i in recipe]

async def main():
    for servings, items in await asyncio.gather(*(scale(PANCAKES, s) for s in (2, 4, 6))):
        print(f"--- {servings} servings ---")
        for i in items:
            print(" ", i)
    ing = PANCAKES[0]
    print(ing, repr(ing), ing.name, ing[1], ing._fields, Ingredient._field_defaults)
    total = sum((i.qty for i in PANCAKES if i.unit == "cup"), F(0))
    print(total, float(total), f"{float(total):.3f}", F(1, 3) + F(1, 6) == F(1, 2), F(10, 4), F(-3, 9))
    print(F(3, 7) ** 2, F(2) ** -1, F(5, 3) // 1, F(5, 3) % 1, abs(F(-1, 2)), F(1, 2) < 0.6, F(0.5), int(F(7, 2)))
    name, qty, unit = PANCAKES[1]
    print(name, qty, unit, isinstance(PANCAKES[1], tuple), PANCAKES[2] == ("egg", 1, "pc"))

asyncio.run(main())
