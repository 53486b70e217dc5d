# Named tuples used as tuples (_make, count, index, +), and Protocol annotations satisfied by unrelated classes.
# features: typing.NamedTuple and collections.namedtuple _make/_fields/_field_defaults, a field called count, tuple methods, concatenation, Protocol parameters, Protocol[T]
from collections import namedtuple
from typing import NamedTuple, Protocol, TypeVar, Iterable

T = TypeVar("T")


class Version(NamedTuple):
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self) -> "Version":
        return self._replace(patch=self.patch + 1)


Tally = namedtuple("Tally", "word count index")


class Speaker(Protocol):
    def speak(self, words: str) -> str: ...


class Source(Protocol[T]):
    def items(self) -> Iterable[T]: ...


class Robot:
    def speak(self, words: str) -> str:
        return words.upper().replace(" ", "-")


class Parrot:
    def __init__(self, times: int) -> None:
        self.times = times

    def speak(self, words: str) -> str:
        return " ".join([words] * self.times)


class Shelf:
    def items(self) -> list[str]:
        return ["tea", "jam"]


def chorus(speakers: list[Speaker], line: str) -> list[str]:
    return [s.speak(line) for s in speakers]


def solo(s: Speaker) -> str:
    return s.speak("hi there")


def stock(src: Source[str]) -> str:
    return ", ".join(src.items())


v = Version._make(int(part) for part in "3.11.0".split("."))
print(v, v.bump(), Version._fields, Version._field_defaults)
print(v + (99,), (0,) + v, v.count(3), v.index(0), v == ("3", "11", 0))
t = Tally("spam", 3, 7)
print(t.count, t.index, Tally._make(("eggs", 1, 2)), Tally._fields)
try:
    Version._make([1, 2, 3, 4])
except TypeError as exc:
    print("TypeError:", exc)
print(chorus([Robot(), Parrot(2)], "good day"))
for who in (Robot(), Parrot(3)):
    print(solo(who))
print(stock(Shelf()))
