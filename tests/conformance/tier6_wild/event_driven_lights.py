import asyncio
import enum

class Light(enum.Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

NEXT = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}

class Intersection:
    def __init__(self):
        self.state = Light.RED
        self.changed = asyncio.Event()
        self.history = [self.state]

    async def controller(self, cycles):
        for _ in range(cycles):
            await asyncio.sleep(0.01)
            self.state = NEXT[self.state]
            self.history.append(self.state)
            self.changed.set()
            self.changed.clear()

    async def car(self, name):
        while self.state is not Light.GREEN:
            await self.changed.wait()
        return f"{name} crosses on {self.state.value}"

async def main():
    x = Intersection()
    ctl = asyncio.create_task(x.controller(4))
    cars = await asyncio.gather(x.car("a"), x.car("b"))
    print(cars)
    await ctl
    print([s.name for s in x.history])
    print(Light("green"), Light.RED.value, list(Light)[-1])

asyncio.run(main())
