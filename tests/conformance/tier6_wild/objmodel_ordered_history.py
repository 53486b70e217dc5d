from collections import OrderedDict

class History(OrderedDict):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        super().__setitem__(key, value)
        while len(self) > self.limit:
            oldest = next(iter(self))
            del self[oldest]

h = History(3)
for url in ["/a", "/b", "/c", "/a", "/d", "/e", "/a"]:
    h[url] = h.get(url, 0) + 1
    print(url, list(h.keys()))
print(dict(h))
