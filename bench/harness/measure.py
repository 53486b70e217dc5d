"""One timed run of one program: wall time around the process, its stdout, and what it says
about itself on stderr (the workload's own work_ms line, the translation's gc_stats line)."""
import re
import resource
import subprocess
import time

WORK_MS = re.compile(r"\bwork_ms=([\d.]+)(.*)")
GC_STATS = re.compile(r"^gc_stats (.*)$", re.MULTILINE)


def run_once(command: list, env: dict, timeout_s: float) -> dict:
    # CPU seconds of the child (all its threads), from the rusage of reaped children: runs are
    # sequential, so the difference is this run's. Less sensitive than wall time to other load.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        p = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout_s)
        rc, stdout, stderr = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, stdout, stderr = "timeout", _text(e.stdout), _text(e.stderr)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    work = WORK_MS.search(stderr)
    gc = GC_STATS.search(stderr)
    return {
        "rc": rc,
        "stdout": stdout,
        "wall_s": wall,
        "cpu_s": cpu,
        "work_ms": float(work.group(1)) if work else None,
        "extra": work.group(2).strip() if work else "",
        "gc": _fields(gc.group(1)) if gc else None,
        "stderr_tail": "" if rc == 0 else stderr[-2000:],
    }


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _fields(text: str) -> dict:
    out = {}
    for part in text.split():
        key, _, value = part.partition("=")
        try:
            out[key] = float(value)
        except ValueError:
            out[key] = value
    return out
