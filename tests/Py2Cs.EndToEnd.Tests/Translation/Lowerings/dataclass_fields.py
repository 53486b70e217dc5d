# dataclasses.field options: default, default_factory (any callable), compare=False, repr=False,
# init=False; attributes set in __post_init__; order=True; frozen stores raise FrozenInstanceError;
# asdict, astuple and replace on values whose type is not known statically.
import dataclasses
from dataclasses import dataclass, field


def new_tags():
    return ["new"]


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    units: float = field(compare=False, default=1)
    attempts: int = field(default=0, repr=False)
    tags: list = field(default_factory=new_tags, compare=False)
    log: list[str] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self):
        self.label = f"{self.name}@{self.priority}"


@dataclass(frozen=True)
class Seat:
    row: str
    number: int


jobs = [Job(3, "render"), Job(1, "train", 2.5), Job(2, "eval", attempts=4)]
print(jobs[0])
print(sorted(jobs))
print(Job(1, "a") == Job(1, "b"), Job(1, "a") < Job(2, "a"), jobs[1].label, jobs[2].attempts)
jobs[0].log.append("queued")
print(jobs[0].log, jobs[1].log, jobs[0].tags is jobs[1].tags)
seat = Seat("A", 3)
try:
    seat.number = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(seat) == hash(Seat("A", 3)), seat)
things = [seat, jobs[1]]
for thing in things:
    print(dataclasses.asdict(thing))
print(dataclasses.replace(things[0], number=9), dataclasses.astuple(things[0]))
try:
    dataclasses.asdict(things.index(seat))
except TypeError as e:
    print("TypeError:", e)
