import asyncio
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


def handle(cmd):
    match cmd:
        case {"type": "move", "dx": dx, "dy": dy}:
            return f"dict move {dx},{dy}"
        case Move(dx=0, dy=0):
            return "no move"
        case Move(dx, dy) if dx == dy:
            return f"diagonal {dx}"
        case Move(dx=dx, dy=dy):
            return f"move {dx},{dy}"
        case Say(text=t) if len(t) > 5:
            return "long: " + t[:5] + "..."
        case Say(text):
            return "say " + text
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case str() as s:
            return "string " + s
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "none"
        case _:
            return "unknown"


async def main():
    cmds = [Move(0, 0), Move(2, 2), Move(1, 3), Say("hi"), Say("hello world"),
            [1, 2, 3], "raw", 7, 2.5, None, {"type": "move", "dx": 1, "dy": -1}, (1,), {}]
    for c in cmds:
        await asyncio.sleep(0)
        print(handle(c))


asyncio.run(main())
