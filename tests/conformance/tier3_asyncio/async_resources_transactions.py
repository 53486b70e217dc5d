import asyncio
from contextlib import asynccontextmanager


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Resource":
        await asyncio.sleep(0.01)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.01)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


@asynccontextmanager
async def transaction(db: list[str], label: str):
    db.append(f"begin {label}")
    try:
        yield db
        db.append(f"commit {label}")
    except Exception as e:
        db.append(f"rollback {label}: {e}")
        raise
    finally:
        db.append(f"end {label}")


async def main() -> None:
    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("b"):
        raise KeyError("swallowed")
    print("after b")
    try:
        async with Resource("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)

    db: list[str] = []
    async with transaction(db, "t1") as handle:
        handle.append("insert 1")
    try:
        async with transaction(db, "t2"):
            raise RuntimeError("constraint")
    except RuntimeError:
        pass
    for line in db:
        print(line)

    async with Resource("x") as x, Resource("y") as y:
        print("both", x.name, y.name)


asyncio.run(main())
