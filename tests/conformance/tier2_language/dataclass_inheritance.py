# Sensor readings: a chain of dataclasses (base fields first), defaults and factories in both.
# features: dataclass inheriting from a dataclass (base fields first in __init__, repr and ==), defaults and default_factory on both levels, super() in a dataclass method, order=True sorting
import asyncio
from dataclasses import dataclass, field


@dataclass
class Reading:
    sensor: str
    value: float
    unit: str = "C"

    def label(self):
        return f"{self.sensor}={self.value}{self.unit}"


@dataclass
class TaggedReading(Reading):
    tags: list = field(default_factory=list)
    weight: int = 1

    def label(self):
        return super().label() + (" #" + ",".join(self.tags) if self.tags else "")


@dataclass(order=True)
class Batch:
    size: int
    name: str = "batch"


async def sample(name, v, delay):
    await asyncio.sleep(delay)
    return TaggedReading(name, v, tags=["raw"] if v > 20 else [])


async def main():
    readings = await asyncio.gather(sample("a", 21.5, 0.02), sample("b", 19.0, 0.01))
    for r in readings:
        print(r)
        print(r.label(), isinstance(r, Reading))
    plain = Reading("c", 3.0, "F")
    print(plain, plain == Reading("c", 3.0, "F"), readings[0] == readings[1])
    t = TaggedReading("d", 1.0, "K", ["x"], 3)
    print(t.label(), t.weight, t.unit)
    print(sorted([Batch(3), Batch(1, "z")]))


asyncio.run(main())
