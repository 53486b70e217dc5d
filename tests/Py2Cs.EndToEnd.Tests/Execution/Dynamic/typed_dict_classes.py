from typing import TypedDict, Optional, List
import typing

class Movie(TypedDict):
    """A film."""
    title: str
    year: int

class Rated(Movie, total=False):
    stars: Optional[int]
    tags: List[str]

class Point(typing.TypedDict):
    x: float
    y: float

Pair = TypedDict("Pair", {"a": int, "b": str})

def describe(m: Movie) -> str:
    return f"{m['title']} ({m['year']})"

m: Movie = {"title": "Up", "year": 2009}
m2 = Movie(title="Heat", year=1995)
r: Rated = {"title": "Alien", "year": 1979, "stars": 5}
print(m, m2, m["year"] + 1)
print(describe(m), describe(m2), describe(r))
print(Rated.__required_keys__ == frozenset({"title", "year"}), sorted(Rated.__optional_keys__), Rated.__total__)
print(Movie.__name__, list(Movie.__annotations__))
p = Point(x=1.5, y=2)
print(p, type(p).__name__, Pair(a=1, b="z"))
movies: list[Movie] = [m, m2]
print(sorted(mv["year"] for mv in movies))
r["tags"] = ["scifi"]
print(r.get("stars"), len(r), r)
