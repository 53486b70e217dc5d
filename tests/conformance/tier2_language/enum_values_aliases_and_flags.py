# Enum members named inside the class body are plain values there; a repeated value makes an alias;
# a Flag's combined members are named, looked up by value, and left out of iteration.
import asyncio
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = RW | EXEC


class Step(IntEnum):
    FIRST = 1
    SECOND = FIRST + 1
    LAST = SECOND * 10


class Shade(Enum):
    DARK = "d"
    LIGHT = "l"
    NIGHT = DARK
    DOUBLE = DARK * 2


class Mode(IntFlag):
    A = 1
    B = 2
    AB = A | B


async def describe(p):
    await asyncio.sleep(0)
    return f"{p} value={p.value!r}"


async def main():
    print(Perm.RW, Perm.RW.value, Perm.ALL.value, Perm(3), Perm(7) is Perm.ALL)
    print(Perm.READ | Perm.WRITE, (Perm.READ | Perm.WRITE) is Perm.RW, Perm.READ | Perm.EXEC)
    print(list(Perm), len(Perm), Perm.WRITE in Perm.RW, Perm.EXEC in Perm.RW)
    print([m.value for m in Step], Step.LAST > Step.SECOND, Step(2).name)
    print(list(Shade), Shade.NIGHT is Shade.DARK, Shade("d").name, Shade.DOUBLE.value, len(Shade))
    print(list(Mode), Mode.AB.value, Mode(3).name, int(Mode.A | Mode.B))
    for line in await asyncio.gather(*(describe(p) for p in [Perm.RW, Step.SECOND, Shade.NIGHT])):
        print(line)


asyncio.run(main())
