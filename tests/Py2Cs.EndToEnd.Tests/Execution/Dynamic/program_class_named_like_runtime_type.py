# A program class may take the name of a runtime type the translation writes (Coroutine, as _collections_abc
# defines it): the coroutine functions beside it still return the runtime's Coroutine.
import asyncio


class Coroutine:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"Coroutine({self.label!r})"


class AsyncGenerator:
    kind = "mine"


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


async def nothing():
    await asyncio.sleep(0)


async def main():
    print(await compute(21), await nothing())
    print(Coroutine("c"), AsyncGenerator.kind)


asyncio.run(main())
