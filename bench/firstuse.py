#!/usr/bin/env python3
"""Start-up and first-use figures of `py2cs run` beside CPython's, measured in the same run.

For each program: `python3 FILE` and `py2cs run FILE` cold (--no-cache: translate + Roslyn) and
cached (the image found by the program's source: no translation, no Roslyn), wall time medians;
how many methods the JIT still compiled while the translated program ran (from `--verbose`,
tiering-up of hot methods included); and how often the translation printed exactly what CPython
printed. The default programs are a hello-world and the timer-sensitive corpus program
tests/conformance/tier4_realistic/rate_limiter.py, whose output moves when its first requests are
served late.

    python3 bench/firstuse.py [--reps 20] [FILE.py ...]

Needs a Release build of src/Py2Cs.Cli (dotnet build src/Py2Cs.Cli -c Release).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY2CS = ROOT / "src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll"
DEFAULTS = [ROOT / "tests/conformance/tier4_realistic/rate_limiter.py"]


def timed(command, cwd, env):
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    return time.perf_counter() - start, done


def measure(program, reps, env):
    cwd = program.parent
    expected = subprocess.run([sys.executable, program.name], cwd=cwd, capture_output=True, text=True).stdout
    rows = {"python3": [], "py2cs cold": [], "py2cs cached": []}
    jitted, same = [], 0
    for _ in range(reps):
        seconds, _ = timed([sys.executable, program.name], cwd, env)
        rows["python3"].append(seconds)
        seconds, _ = timed(["dotnet", str(PY2CS), "run", "--no-cache", program.name], cwd, env)
        rows["py2cs cold"].append(seconds)
        seconds, done = timed(["dotnet", str(PY2CS), "--verbose", "run", program.name], cwd, env)
        rows["py2cs cached"].append(seconds)
        same += done.stdout == expected
        found = re.search(r"the JIT compiled (\d+) methods meanwhile", done.stderr)
        if found:
            jitted.append(int(found.group(1)))
    print(f"\n{program.relative_to(ROOT) if program.is_relative_to(ROOT) else program}  ({reps} runs, load {os.getloadavg()[0]:.1f})")
    for name, values in rows.items():
        print(f"  {name:13} median {statistics.median(values) * 1000:8.0f} ms   min {min(values) * 1000:8.0f} ms")
    if jitted:
        print(f"  methods the JIT compiled while the translation ran: median {statistics.median(jitted):.0f}, max {max(jitted)}")
    print(f"  printed exactly what CPython printed: {same} of {reps}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("programs", nargs="*", type=Path)
    args = ap.parse_args()
    if not PY2CS.exists():
        sys.exit(f"{PY2CS} not found: dotnet build src/Py2Cs.Cli -c Release")
    with tempfile.TemporaryDirectory() as work:
        hello = Path(work) / "hello.py"
        hello.write_text('print("hello")\n')
        # A private cache folder: the first cached run fills it, the timed ones hit it.
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(work) / "cache"))
        for program in [hello, *(p.resolve() for p in args.programs or DEFAULTS)]:
            subprocess.run(["dotnet", str(PY2CS), "run", program.name], cwd=program.parent, env=env, capture_output=True)
            measure(program, args.reps, env)


if __name__ == "__main__":
    main()
