# A playlist that iterates itself (forwards, backwards, in pages), a context manager that times a
# session, an async context manager around a fake player, and an async iterator of tracks.
import asyncio


class Track:
    def __init__(self, title, seconds):
        self.title = title
        self.seconds = seconds

    def __repr__(self):
        return f"<{self.title} {self.seconds // 60}:{self.seconds % 60:02d}>"


class Pager:
    def __init__(self, items, size):
        self.items = items
        self.size = size
        self.start = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.start >= len(self.items):
            raise StopIteration
        page = self.items[self.start:self.start + self.size]
        self.start += self.size
        return page


class Playlist:
    def __init__(self, name, tracks=None):
        self.name = name
        self.tracks = list(tracks or [])

    def __len__(self):
        return len(self.tracks)

    def __iter__(self):
        return iter(self.tracks)

    def __reversed__(self):
        return reversed(self.tracks)

    def __contains__(self, title):
        return any(t.title == title for t in self.tracks)

    def pages(self, size):
        return Pager(self.tracks, size)


class Session:
    def __init__(self, who):
        self.who = who
        self.events = []

    def __enter__(self):
        self.events.append("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("close" if exc_type is None else f"close after {exc_type.__name__}")
        return exc_type is KeyError


class Player:
    async def __aenter__(self):
        print("player on")
        return self

    async def __aexit__(self, *exc):
        print("player off")
        return False

    async def play(self, track):
        await asyncio.sleep(0.01)
        return track.seconds


async def main():
    mix = Playlist("mix", [Track("Intro", 65), Track("Rain", 201), Track("Drive", 187), Track("Outro", 42)])
    print(len(mix), "Rain" in mix, "Snow" in mix)
    print("forward:", [t.title for t in mix])
    print("backward:", ", ".join(t.title for t in reversed(mix)))
    print("first back:", next(reversed(mix)), "sorted:", sorted(t.seconds for t in mix))
    for number, page in enumerate(mix.pages(3), start=1):
        print("page", number, page)
    pager = mix.pages(2)
    print("manual:", next(pager), next(pager), next(pager, "end"))

    with Session("ana") as s:
        s.events.append("browse")
    try:
        with Session("ben") as s2:
            raise KeyError("gone")
    except KeyError:
        print("not reached")
    print(s.events, s2.events)

    async with Player() as player:
        total = 0
        for track in mix:
            total += await player.play(track)
    print("played", total, "seconds")


asyncio.run(main())
