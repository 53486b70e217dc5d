import heapq
from collections import deque

class Job:
    def __init__(self, name, arrive, burst, prio):
        self.name, self.arrive, self.burst, self.prio = name, arrive, burst, prio
        self.left = burst
    def __repr__(self):
        return f"<{self.name} left={self.left}>"

def round_robin(jobs, quantum):
    t = 0
    queue = deque()
    pending = sorted(jobs, key=lambda j: j.arrive)
    done = {}
    while pending or queue:
        while pending and pending[0].arrive <= t:
            queue.append(pending.pop(0))
        if not queue:
            t = pending[0].arrive
            continue
        job = queue.popleft()
        run = min(quantum, job.left)
        t += run
        job.left -= run
        while pending and pending[0].arrive <= t:
            queue.append(pending.pop(0))
        if job.left:
            queue.append(job)
        else:
            done[job.name] = t
    return done

def priority(jobs):
    t, heap, out = 0, [], []
    jobs = sorted(jobs, key=lambda j: j.arrive)
    i = 0
    while i < len(jobs) or heap:
        while i < len(jobs) and jobs[i].arrive <= t:
            heapq.heappush(heap, (jobs[i].prio, jobs[i].arrive, jobs[i].name, jobs[i].burst))
            i += 1
        if not heap:
            t = jobs[i].arrive
            continue
        prio, arrive, name, burst = heapq.heappop(heap)
        t += burst
        out.append((name, t, t - arrive))
    return out

spec = [("A", 0, 5, 3), ("B", 1, 3, 1), ("C", 2, 8, 4), ("D", 3, 6, 2), ("E", 20, 2, 1)]
mk = lambda: [Job(*s) for s in spec]
rr = round_robin(mk(), 2)
print(rr)
print(sorted(rr.items(), key=lambda kv: kv[1]))
avg = sum(rr[n] - a for n, a, *_ in spec) / len(spec)
print(f"avg turnaround {avg:.2f}")
for name, end, turn in priority(mk()):
    print(f"{name}: finished {end:>3} turnaround {turn}")
print(heapq.nsmallest(2, spec, key=lambda s: s[2]), heapq.nlargest(1, [3, 9, 2]))
