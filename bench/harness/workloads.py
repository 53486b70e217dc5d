"""The five workloads, their hand-written C# counterparts and the speed goals the issue sets."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Workload:
    key: str                 # "w1"
    script: str              # file name under bench/workloads/
    project: str             # hand-written C# project under bench/handwritten/
    min_speedup_vs_cpython: float
    extra_variants: tuple = field(default_factory=tuple)  # (name, args) of other hand-written runs

    @property
    def stem(self) -> str:
        return self.script.removesuffix(".py")


# The translation must be at most this many times slower than the default hand-written C#.
MAX_RATIO_VS_HANDWRITTEN = 1.5

# "st" runs the hand-written program on a single-threaded SynchronizationContext, the scheduling
# model asyncio has; W5 has no such variant (it never yields to other tasks).
WORKLOADS = [
    Workload("w1", "w1_spawn.py", "W1Spawn", 10.0, (("st", ("st",)),)),
    Workload("w2", "w2_queue.py", "W2Queue", 4.0, (("st", ("st",)),)),
    Workload("w3", "w3_timers.py", "W3Timers", 10.0,
             (("st", ("st",)), ("st-looptimers", ("st", "looptimers")))),
    Workload("w4", "w4_semaphore.py", "W4Semaphore", 10.0, (("st", ("st",)),)),
    Workload("w5", "w5_cpu.py", "W5Cpu", 10.0),
]


def select(only: str) -> list:
    """Workloads named in a comma-separated list (all of them when the list is empty)."""
    if not only:
        return list(WORKLOADS)
    wanted = [k.strip().lower() for k in only.split(",") if k.strip()]
    known = {w.key for w in WORKLOADS}
    unknown = [k for k in wanted if k not in known]
    if unknown:
        raise SystemExit(f"unknown workload(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return [w for w in WORKLOADS if w.key in wanted]
