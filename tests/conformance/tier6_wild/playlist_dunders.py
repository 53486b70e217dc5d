class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self.songs = list(songs or [])

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(self.name + "*", self.songs[i])
        return self.songs[i]

    def __setitem__(self, i, v):
        self.songs[i] = v

    def __delitem__(self, i):
        del self.songs[i]

    def __add__(self, other):
        return Playlist(self.name + "+" + other.name, self.songs + other.songs)

    def __iadd__(self, song):
        self.songs.append(song)
        return self

    def __contains__(self, s):
        return s.lower() in (x.lower() for x in self.songs)

    def __eq__(self, other):
        return self.songs == other.songs

    def __lt__(self, other):
        return len(self) < len(other)

    def __repr__(self):
        return f"Playlist({self.name!r}, {self.songs})"

    def __call__(self, n):
        return self.songs[:n]


p = Playlist("rock", ["a", "b", "c"])
q = Playlist("jazz", ["x"])
p += "d"
print(p, len(p), p[1], p[1:3])
p[0] = "A"
del p[1]
print(p, "a" in p, "Z" in p)
print(p + q, p == Playlist("other", ["A", "c", "d"]))
print(sorted([p, q]), min(p, q).name)
print(p(2), callable(p), bool(Playlist("e")))
for s in q:
    print("song", s)
