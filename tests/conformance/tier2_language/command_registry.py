# Command registry built with a decorator that registers into a dict.
import asyncio
from typing import Callable, Dict, List

COMMANDS: Dict[str, Callable[..., str]] = {}


def command(name: str):
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


@command("add")
def add(a, b):
    return str(int(a) + int(b))


@command("upper")
def upper(text):
    return text.upper()


@command("repeat")
def repeat(text, times="2"):
    return "-".join([text] * int(times))


@command("count")
def count_words(*words):
    return f"{len(words)} words"


def run_line(line: str) -> str:
    name, *args = line.split()
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command {name!r}"
    try:
        return handler(*args)
    except TypeError:
        return f"bad arguments for {name}"


async def worker(lines: List[str], delay: float) -> List[str]:
    out = []
    for line in lines:
        await asyncio.sleep(delay)
        out.append(run_line(line))
    return out


async def main():
    script = ["add 2 3", "upper hello", "repeat ab 3", "repeat xy", "count a b c d", "nope 1"]
    results = await asyncio.gather(worker(script[:3], 0.01), worker(script[3:], 0.02))
    for chunk in results:
        for r in chunk:
            print(r)
    print(sorted(COMMANDS))
    print(add("10", "20"), upper("x"))


asyncio.run(main())
