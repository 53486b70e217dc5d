"""super().__init__(computed arguments) to a builtin or library base, after statements of the subclass's own __init__."""
import asyncio
import threading
from collections import Counter, OrderedDict


class Tally(Counter):
    def __init__(self, words, extra=()):
        cleaned = [w.lower() for w in words if w.strip()]
        super().__init__(cleaned)
        self.update(extra)


class Doubled(dict):
    def __init__(self, pairs):
        items = {k: v * 2 for k, v in pairs}
        super().__init__(items)
        self.size = len(items)


class Countdown(list):
    def __init__(self, n):
        steps = list(range(n, 0, -1))
        super().__init__(steps)

    def total(self):
        return sum(self)


class Lengths(OrderedDict):
    def __init__(self, keys):
        pairs = [(k, len(k)) for k in keys]
        super().__init__(pairs)


class Squarer(threading.Thread):
    def __init__(self, n, out):
        label = f"squarer-{n}"
        super().__init__(name=label, daemon=True)
        self.n = n
        self.out = out

    def run(self):
        self.out.append(self.n * self.n)


class RequestError(Exception):
    def __init__(self, status, path):
        text = f"{status} on {path}"
        super().__init__(text)
        self.status = status


async def main():
    t = Tally(["A", "a", " ", "b"], "zz")
    print(t, t.most_common(1), type(t).__name__)
    d = Doubled([("x", 1), ("y", 2)])
    print(d, d.size, d["y"])
    c = Countdown(4)
    print(c, c.total(), len(c), type(c).__name__)
    print(Lengths(["ab", "c"]))
    out = []
    workers = [Squarer(i, out) for i in range(3)]
    for w in workers:
        w.start()
    await asyncio.sleep(0)
    for w in workers:
        w.join()
    print(sorted(out), [w.name for w in workers], workers[0].daemon)
    try:
        raise RequestError(404, "/missing")
    except RequestError as e:
        print(e, e.status, e.args)


asyncio.run(main())
