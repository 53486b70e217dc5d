import asyncio
import enum
from dataclasses import dataclass, field
from typing import List


class Status(enum.Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"

    @classmethod
    def parse(cls, text: str) -> "Status":
        for member in cls:
            if member.value == text.strip().lower():
                return member
        raise ValueError(f"bad status {text!r}")


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str = field(compare=False)
    priority: Priority = field(default=Priority.MEDIUM, compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    estimate: float = field(default=1.0, compare=False)

    def __post_init__(self) -> None:
        self.sort_key = (-int(self.priority), self.title)

    def advance(self) -> None:
        order = list(Status)
        idx = order.index(self.status)
        if idx + 1 < len(order):
            self.status = order[idx + 1]


@dataclass
class Board:
    tasks: List[Task] = field(default_factory=list)

    def add(self, title: str, **kw) -> Task:
        t = Task(title, **kw)
        self.tasks.append(t)
        return t

    def by_status(self) -> dict:
        out = {s: [] for s in Status}
        for t in sorted(self.tasks):
            out[t.status].append(t.title)
        return out

    def remaining(self) -> float:
        return sum(t.estimate for t in self.tasks if t.status is not Status.DONE)


async def work(board: Board, title: str, steps: int) -> str:
    for t in board.tasks:
        if t.title == title:
            for _ in range(steps):
                await asyncio.sleep(0)
                t.advance()
            return f"{title}: {t.status.value}"
    return f"{title}: ?"


async def main() -> None:
    b = Board()
    b.add("write docs", priority=Priority.LOW, estimate=2)
    b.add("fix bug", priority=Priority.HIGH, estimate=0.5)
    b.add("review", estimate=1.5)
    b.add("deploy", priority=Priority.HIGH, status=Status.parse(" Doing "))
    print(sorted(b.tasks)[0])
    print([t.title for t in sorted(b.tasks)])
    print(await asyncio.gather(work(b, "fix bug", 2), work(b, "review", 1), work(b, "deploy", 5), work(b, "x", 1)))
    for status, titles in b.by_status().items():
        print(f"{status.name:<6}{titles}")
    print("remaining:", b.remaining())
    print(Priority.HIGH > Priority.LOW, Priority(2).name, max(t.priority for t in b.tasks).name)
    try:
        Status.parse("blocked")
    except ValueError as e:
        print(e)


asyncio.run(main())
