from collections import Counter, defaultdict, OrderedDict

class WordCounter(Counter):
    def top(self, n):
        return [w for w, _ in self.most_common(n)]

class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)

    def add(self, key, value):
        self[key].append(value)

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def touch(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)

wc = WordCounter("the cat and the hat and the bat".split())
print(wc.top(2), wc["the"], wc["dog"])
g = Groups()
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g.add(w[0], w)
print(dict(g))
c = LRU(2)
for k in "abacd":
    c.touch(k, k.upper())
print(list(c.items()))
