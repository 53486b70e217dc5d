import asyncio
from abc import ABC, abstractmethod

class Entity(ABC):
    def __init__(self, name, hp):
        self.name = name
        self.hp = hp

    @abstractmethod
    async def act(self, world): ...

    @property
    def alive(self):
        return self.hp > 0

class Knight(Entity):
    async def act(self, world):
        target = next((e for e in world if isinstance(e, Goblin) and e.alive), None)
        if target:
            target.hp -= 7
            return f"{self.name} hits {target.name} ({target.hp})"
        return f"{self.name} rests"

class Goblin(Entity):
    async def act(self, world):
        await asyncio.sleep(0)
        knights = [e for e in world if isinstance(e, Knight)]
        knights[0].hp -= 3
        return f"{self.name} scratches {knights[0].name} ({knights[0].hp})"

async def main():
    world = [Knight("Arthur", 30), Goblin("Grim", 10), Goblin("Snik", 8)]
    rnd = 0
    while any(isinstance(e, Goblin) and e.alive for e in world):
        rnd += 1
        actions = await asyncio.gather(*(e.act(world) for e in world if e.alive))
        print(f"round {rnd}: " + "; ".join(actions))
    print([(e.name, e.hp, e.alive) for e in world])

asyncio.run(main())
