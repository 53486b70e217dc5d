# A discrete-event simulation on a heap that stops with sys.exit(3) from the main task after an
# error: the exit status is 3, stderr ends with the message the program printed, and CPython does not
# log the main task's SystemExit as an unretrieved task exception.
import asyncio, heapq, bisect, sys
from itertools import count, groupby
from operator import itemgetter, attrgetter

class Event:
    _ids = count(1)
    def __init__(self, when, what, payload=None):
        self.id = next(Event._ids)
        self.when, self.what, self.payload = when, what, payload or {}
    def __lt__(self, other):
        return (self.when, self.id) < (other.when, other.id)
    def __str__(self):
        extra = ",".join(f"{k}={v}" for k, v in sorted(self.payload.items()))
        return f"#{self.id}@{self.when}:{self.what}" + (f"[{extra}]" if extra else "")

class Sim:
    def __init__(self):
        self.q = []
        self.now = 0
        self.log = []
        self.grades = [60, 70, 80, 90]
    def schedule(self, delay, what, **payload):
        heapq.heappush(self.q, Event(self.now + delay, what, payload))
    def grade(self, score):
        return "FDCBA"[bisect.bisect(self.grades, score)]
    async def run(self, until):
        while self.q and self.q[0].when <= until:
            ev = heapq.heappop(self.q)
            self.now = ev.when
            await asyncio.sleep(0)
            self.log.append(str(ev))
            if ev.what == "score":
                s = ev.payload["s"]
                print(f"t={self.now:>3} score {s:3d} -> {self.grade(s)}")
                if s > 95:
                    self.schedule(5, "bonus", s=s, by="auto")
            elif ev.what == "fail":
                raise LookupError(f"event {ev.id} failed at {self.now}")

async def main():
    sim = Sim()
    for i, s in enumerate([55, 99, 72, 88, 61, 100]):
        sim.schedule(i * 3, "score", s=s)
    sim.schedule(40, "fail")
    await sim.run(30)
    print(len(sim.log), sim.log[-2:])
    rows = [("b", 2), ("a", 1), ("b", 5), ("a", 7), ("c", 0)]
    rows.sort(key=itemgetter(0))
    for k, grp in groupby(rows, key=itemgetter(0)):
        print(k, sum(map(itemgetter(1), grp)))
    evs = sorted((Event(w, "x") for w in (3, 1, 2)), key=attrgetter("when"))
    print([e.when for e in evs])
    try:
        await sim.run(100)
    except LookupError as e:
        print("stopped:", e, file=sys.stderr)
        print("remaining", len(sim.q))
        sys.exit(3)

asyncio.run(main())
