import asyncio
from functools import total_ordering
from typing import Generic, TypeVar, Optional, List

T = TypeVar("T")


@total_ordering
class Version:
    def __init__(self, text: str) -> None:
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other: "Version") -> bool:
        return self.parts < other.parts

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return f"v{self.parts[0]}"
        return "v" + ".".join(map(str, self.parts))

    def __repr__(self) -> str:
        return f"Version({format(self)!r})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)


async def latest(versions: List[Version]) -> Version:
    await asyncio.sleep(0.01)
    return max(versions)


async def main() -> None:
    vs = [Version("1.10.0"), Version("1.2.3"), Version("2.0")]
    print(sorted(vs))
    print(vs[0] > vs[1], vs[1] <= vs[1], vs[2] >= vs[0])
    top = await latest(vs)
    print(f"{top}", f"{top:short}", format(top, ""))
    s: Stack[int] = Stack()
    for i in range(3):
        s.push(i * 10)
    print(len(s), s.pop(), s.pop(), len(s))
    names: Stack[str] = Stack()
    print(names.pop())


asyncio.run(main())
