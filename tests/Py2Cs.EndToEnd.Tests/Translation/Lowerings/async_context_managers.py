# async with over program classes: __aexit__ that returns nothing (None), returns a flag, or is
# annotated -> None; each one is usable by AsyncExitStack too.
import asyncio
import contextlib


class Quiet:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)


class Annotated:
    async def __aenter__(self) -> "Annotated":
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await asyncio.sleep(0)
        print("annotated exit")


class Suppressing:
    async def __aenter__(self):
        return 7

    async def __aexit__(self, exc_type, exc, tb):
        print("suppressing", exc_type is not None)
        return exc_type is KeyError


async def main():
    async with Quiet("a") as q:
        print("body", q.name)
    try:
        async with Quiet("b"):
            raise ValueError("no")
    except ValueError as e:
        print("propagated", e)
    async with Annotated():
        print("annotated body")
    async with Suppressing() as n:
        raise KeyError(n)
    print("after suppressed")
    async with contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(Quiet("c"))
        await stack.enter_async_context(Annotated())
        print("stacked", first.name)


asyncio.run(main())
