#!/usr/bin/env python3
"""Differential testing of py2cs against CPython 3.11 on random programs (generator.py).

  difftest.py record --first S --count N --out DIR
      writes seeds S..S+N-1 as DIR/seed_NNNNN.py with CPython's record beside each program
      (.out stdout, .exit status when not 0, .err last stderr line when not 0): the form of the
      conformance corpus, so the end-to-end tests judge them like any corpus program.
  difftest.py soak --first S --count N [-j J] [--keep DIR]
      generates, runs CPython and `py2cs run` on each, and for every divergence writes the
      program minimised (blocks, then lines, dropped while it still diverges) to DIR
      (default difftest-divergences/). Exit 1 when anything diverged.

py2cs is `dotnet <repo>/src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll` unless $PY2CS says otherwise
(build Release first). CPython is `python3` (3.11) unless $PYTHON says otherwise.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generator import generate  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 120


@dataclass(frozen=True)
class Outcome:
    stdout: bytes
    status: int
    last_err: str

    def same_as(self, other: "Outcome") -> bool:
        return self.stdout == other.stdout and self.status == other.status and \
            (self.status == 0 or self.last_err == other.last_err)


def python_command() -> list[str]:
    return shlex.split(os.environ.get("PYTHON", "python3"))


def py2cs_command() -> list[str]:
    if "PY2CS" in os.environ:
        return shlex.split(os.environ["PY2CS"])
    dll = REPO / "src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll"
    if not dll.exists():
        sys.exit(f"difftest: {dll} not found: run `dotnet build src/Py2Cs.Cli -c Release` first, or set PY2CS")
    return ["dotnet", str(dll), "run"]


def run(command: list[str], path: Path) -> Outcome:
    try:
        done = subprocess.run(command + [path.name], cwd=path.parent, capture_output=True,
                              stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome(b"", -1, "timed out")
    lines = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return Outcome(done.stdout, done.returncode, lines[-1] if lines else "")


def record(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(args.first, args.first + args.count):
        path = out / f"seed_{seed:05d}.py"
        path.write_text(generate(seed).source())
        cpython = run(python_command(), path)
        if cpython.status not in (0, 1) or (cpython.status == 1 and "RuntimeError: stop at seed" not in cpython.last_err):
            print(f"{path.name}: CPython failed unexpectedly ({cpython.last_err}): a generator bug, skipped", file=sys.stderr)
            path.unlink()
            continue
        path.with_suffix(".out").write_bytes(cpython.stdout)
        if cpython.status != 0:
            path.with_suffix(".exit").write_text(f"{cpython.status}\n")
            path.with_suffix(".err").write_text(cpython.last_err + "\n")
    return 0


def diverges(source: str, work: Path) -> bool:
    """Whether py2cs and CPython disagree on `source` (which must be a program CPython runs)."""
    try:
        compile(source, "<candidate>", "exec")
    except SyntaxError:
        return False
    path = work / "candidate.py"
    path.write_text(source)
    cpython = run(python_command(), path)
    if cpython.status not in (0, 1):
        return False
    return not cpython.same_as(run(py2cs_command(), path))


def minimise(source: str, work: Path) -> str:
    """Drops blocks (runs of lines from one '# block' comment to the next), then single lines,
    while the program still diverges: what is left is the smallest program this finds."""
    lines = source.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("# block")] + [len(lines)]
    for a, b in reversed(list(zip(starts, starts[1:]))):
        candidate = lines[:a] + lines[b:]
        if diverges("\n".join(candidate) + "\n", work):
            lines = candidate
    i = len(lines) - 1
    while i >= 0:
        candidate = lines[:i] + lines[i + 1:]
        if diverges("\n".join(candidate) + "\n", work):
            lines = candidate
        i -= 1
    return "\n".join(lines) + "\n"


def soak_one(seed: int, keep: Path) -> str | None:
    with tempfile.TemporaryDirectory(prefix="difftest-") as tmp:
        work = Path(tmp)
        path = work / f"seed_{seed:05d}.py"
        source = generate(seed).source()
        path.write_text(source)
        cpython = run(python_command(), path)
        if cpython.status not in (0, 1):
            return f"seed {seed}: CPython failed ({cpython.last_err}): a generator bug"
        actual = run(py2cs_command(), path)
        if cpython.same_as(actual):
            return None
        small = minimise(source, work)
        target = keep / f"seed_{seed:05d}.py"
        target.write_text(small)
        return f"seed {seed}: diverges (py2cs: status {actual.status}, {actual.last_err!r}); minimised: {target}"


def soak(args: argparse.Namespace) -> int:
    keep = Path(args.keep)
    keep.mkdir(parents=True, exist_ok=True)
    seeds = range(args.first, args.first + args.count)
    found = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for done, message in enumerate(pool.map(lambda s: soak_one(s, keep), seeds), 1):
            if message:
                found += 1
                print(message, flush=True)
            if done % 25 == 0:
                print(f"... {done} of {args.count} programs, {found} divergent", file=sys.stderr, flush=True)
    print(f"{args.count} programs, {found} divergent")
    return 1 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="write seeded programs with CPython's output")
    rec.add_argument("--first", type=int, default=1)
    rec.add_argument("--count", type=int, default=200)
    rec.add_argument("--out", required=True)
    rec.set_defaults(action=record)
    sk = commands.add_parser("soak", help="run CPython and py2cs on many programs, minimise divergences")
    sk.add_argument("--first", type=int, default=100_000)
    sk.add_argument("--count", type=int, default=1000)
    sk.add_argument("-j", "--jobs", type=int, default=1)
    sk.add_argument("--keep", default="difftest-divergences")
    sk.set_defaults(action=soak)
    args = parser.parse_args()
    return args.action(args)


if __name__ == "__main__":
    sys.exit(main())
