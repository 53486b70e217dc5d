import asyncio
import heapq
import itertools
from functools import total_ordering, partial

counter = itertools.count()


@total_ordering
class Job:
    def __init__(self, prio, name, action):
        self.prio, self.seq, self.name, self.action = prio, next(counter), name, action

    def __eq__(self, other):
        return (self.prio, self.seq) == (other.prio, other.seq)

    def __lt__(self, other):
        return (self.prio, self.seq) < (other.prio, other.seq)


def say(msg, *, times=1, sep=" "):
    return sep.join([msg] * times)


def add(a, b=10):
    return a + b


async def slow_square(x):
    await asyncio.sleep(0.01)
    return x * x


async def run_all(jobs):
    heap = list(jobs)
    heapq.heapify(heap)
    out = []
    while heap:
        job = heapq.heappop(heap)
        res = job.action()
        if asyncio.iscoroutine(res):
            res = await res
        out.append(f"{job.prio}:{job.name}={res!r}")
    return out


async def main():
    jobs = [
        Job(2, "hello", partial(say, "hi", times=3)),
        Job(1, "add", partial(add, 5)),
        Job(1, "add2", partial(add, 1, 2)),
        Job(3, "sq", partial(slow_square, 7)),
        Job(0, "lam", lambda: "first"),
        Job(2, "sep", partial(say, "x", times=2, sep="-")),
    ]
    for line in await run_all(jobs):
        print(line)
    p = partial(add, b=1)
    print(p(1), p(2, b=5), p.func.__name__, p.keywords, p.args)
    print(Job(1, "a", None) <= Job(1, "b", None), Job(2, "c", None) > Job(1, "d", None))
    print(sorted([3, 1, 2], key=partial(add, b=-10)))

asyncio.run(main())
