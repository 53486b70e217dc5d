import asyncio
from typing import Callable, Dict


REGISTRY: Dict[str, type] = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def setup_plugins() -> None:
    @register
    class Upper:
        def apply(self, text: str) -> str:
            return text.upper()

    @register
    class Reverse:
        def apply(self, text: str) -> str:
            return text[::-1]

    @register
    class Dashes:
        def apply(self, text: str) -> str:
            return "-".join(text.split())


async def pipeline(text: str, names: list) -> str:
    for n in names:
        plugin = REGISTRY[n]()
        text = plugin.apply(text)
        await asyncio.sleep(0)
    return text


async def main() -> None:
    setup_plugins()
    print(sorted(REGISTRY))
    print(await pipeline("hello big world", ["upper", "dashes"]))
    print(await pipeline("abc def", ["reverse", "upper"]))


asyncio.run(main())
