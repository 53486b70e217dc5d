"""Tiny task runner: each command's help text is its docstring."""
import argparse
import asyncio


class Command:
    registry: dict[str, type] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Command.registry[cls.__name__.lower()] = cls

    async def run(self, arg: int) -> int:
        raise NotImplementedError


class Double(Command):
    """Double the argument after a short pause."""

    async def run(self, arg):
        await asyncio.sleep(0.01)
        return arg * 2


class Square(Command):
    """Square the argument.

    Slow on purpose.
    """

    async def run(self, arg):
        await asyncio.sleep(0.05)
        return arg * arg


class Noop(Command):
    async def run(self, arg):
        return arg


class CommandFailed(Exception):
    """Raised when a command does not exist."""


def describe(name):
    cls = Command.registry[name]
    doc = cls.__doc__
    return f"{name:7}{(doc or '(undocumented)').splitlines()[0]}"


async def dispatch(name, arg):
    if name not in Command.registry:
        raise CommandFailed(f"no command {name!r}")
    return await Command.registry[name]().run(arg)


async def main(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--value", type=int, default=7)
    args = parser.parse_args(argv)
    print(parser.description)
    for name in sorted(Command.registry):
        print(describe(name))
    results = await asyncio.gather(*(dispatch(n, args.value) for n in ("double", "square", "noop")))
    print(results)
    try:
        await dispatch("cube", 2)
    except CommandFailed as e:
        print(type(e).__name__, "-", e, "-", e.__doc__)
    print(Square.__doc__.count("\n"), Command.__doc__, Noop().__doc__, getattr(Double(), "__doc__"))
    print(__doc__ == parser.description, describe.__doc__, dispatch.__doc__ is None)


asyncio.run(main(["--value", "5"]))
