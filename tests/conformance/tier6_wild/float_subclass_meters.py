import asyncio


class Meters(float):
    def __str__(self):
        return f"{float(self):.2f} m"

    def to_feet(self):
        return self * 3.28084


async def measure(name, readings, delay):
    total = Meters(0)
    for r in readings:
        await asyncio.sleep(delay)
        total = Meters(total + r)
    return name, total


async def main():
    results = await asyncio.gather(
        measure("north", [1.5, 2.25, 3.0], 0.01),
        measure("south", [0.75, 0.5], 0.02),
    )
    for name, dist in results:
        print(name, dist, round(dist.to_feet(), 3), type(dist).__name__, type(dist * 2).__name__)
    longest = max(results, key=lambda pair: pair[1])
    print("longest:", longest[0], repr(longest[1]), f"{longest[1]:.1f}")


asyncio.run(main())
