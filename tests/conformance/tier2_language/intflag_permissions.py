import asyncio
from enum import IntFlag, IntEnum


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 10


USERS = {"ann": Perm.READ | Perm.WRITE, "bob": Perm.READ, "cid": Perm.READ | Perm.WRITE | Perm.EXEC}


async def can(user, needed):
    await asyncio.sleep(0.01)
    granted = USERS[user]
    return needed in granted


async def main():
    rw = Perm.READ | Perm.WRITE
    print(rw.value, int(rw), str(rw), f"{rw:03d}", repr(Perm.EXEC))
    print(Perm.READ in rw, Perm.EXEC in rw, rw == 6, rw & Perm.WRITE == Perm.WRITE)
    print(bool(rw & Perm.EXEC), rw > 5, rw + 1, isinstance(rw, int), isinstance(Perm.READ, Perm))
    print(repr(rw | 1), Perm(5) == Perm.READ | Perm.EXEC)
    checks = await asyncio.gather(*(can(u, Perm.WRITE) for u in sorted(USERS)))
    for user, ok in zip(sorted(USERS), checks):
        print(f"{user:>4}: write={'yes' if ok else 'no'} mode={int(USERS[user]):o}")
    print(isinstance(Priority.URGENT, int), Priority.NORMAL + 1, Priority.URGENT > Priority.LOW)
    print(sorted([Priority.URGENT, Priority.LOW, Priority.NORMAL]))
    total = sum(p for p in Priority)
    print(total, max(Priority).name, Priority(5).name)


asyncio.run(main())
