from __future__ import annotations
import asyncio
from dataclasses import dataclass
from typing import Any


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def describe(shape: Any) -> str:
    match shape:
        case Circle(center=Point(x=0, y=0), r=r):
            return f"origin circle r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle():
            return "small circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point() as p, w=w, h=h):
            return f"rect {w}x{h} at {p}"
        case {"type": "line", "points": [first, *_, last]}:
            return f"line {first}->{last}"
        case {"type": str(t), **rest}:
            return f"other {t} {sorted(rest)}"
        case [x, y] | (x, y, _):
            return f"pair-ish {x},{y}"
        case [*items] if not items:
            return "empty seq"
        case int(n) | float(n) if n < 0:
            return "negative"
        case "stop" | "halt":
            return "stopper"
        case None:
            return "nothing"
        case _:
            return f"unknown {shape!r}"


async def classify(shape: Any, delay: float) -> str:
    await asyncio.sleep(delay)
    return describe(shape)


async def main() -> None:
    shapes: list[Any] = [
        Circle(Point(0, 0), 1),
        Circle(Point(1, 2), 11),
        Circle(Point(1, 2), 3),
        Rect(Point(0, 0), 4, 4),
        Rect(Point(1, 1), 2, 3),
        {"type": "line", "points": [(0, 0), (1, 1), (2, 5)]},
        {"type": "poly", "n": 5, "closed": True},
        [1, 2],
        (1, 2, 3),
        [],
        -3.5,
        "halt",
        None,
        {"kind": "x"},
    ]
    out = await asyncio.gather(*(classify(s, 0) for s in shapes))
    for i, line in enumerate(out):
        print(f"{i:2d}: {line}")
    cmd = "move north 3"
    match cmd.split():
        case ["move", ("north" | "south") as d, n] if n.isdigit():
            print("moving", d, int(n))
        case _:
            print("?")


asyncio.run(main())
