#!/usr/bin/env python3
"""The start-up, first-use and throughput rows of issue #9, beside CPython, measured in one run.

Rows (medians of --reps runs, interleaved: repetition -> row -> variant, so that machine noise
spreads over all of them):

  convert   `py2cs convert FILE.py --stdout` of a 20-line program, fresh process, against
            `python3 -c "import ast; ast.parse(...)"` of the same file, fresh process
  run       `py2cs run hello.py` with the image in the compile cache, against `python3 hello.py`
  first-use the first asyncio.run, Lock (acquire/release) and gather inside a translated program,
            timed by the program itself (time.perf_counter, printed on stderr), against CPython
  stdlib    one `py2cs convert` of this machine's standard library (test/ excluded), lines per
            second of Python source read (all cores, `-j` default), against the goal of 100k

Each py2cs variant is a command: `--py2cs "dotnet path/py2cs.dll"` (the default: the Release
build) or a published executable; give --py2cs several times to compare variants in one run.
`--workloads` also runs bench/run.py --reps 1 (W1..W5, several minutes).
`--jit` also counts the methods the JIT compiles in one `convert` and one cached `run` of each
variant (EventPipe's JIT events, read by bench/profile/TraceSummary): what ReadyToRun did not
cover. A count, not a time, so it does not move with the machine's load.

    python3 bench/issue9.py [--reps 7] [--py2cs CMD ...] [--skip-stdlib] [--workloads] [--jit]
"""
import argparse
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PY2CS = f"dotnet {ROOT / 'src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll'}"

CONVERT_SOURCE = '''\
import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} done"


async def main() -> None:
    results = await asyncio.gather(fetch("a", 0.01), fetch("b", 0.02))
    for line in results:
        print(line)
    lock = asyncio.Lock()
    async with lock:
        print("locked")
    total = sum(len(r) for r in results)
    print(total)


asyncio.run(main())
'''

FIRST_USE_SOURCE = '''\
import asyncio
import sys
import time


async def nothing():
    return 1


async def with_lock():
    lock = asyncio.Lock()
    start = time.perf_counter()
    async with lock:
        pass
    lock_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    await asyncio.gather(nothing(), nothing())
    gather_ms = (time.perf_counter() - start) * 1000
    return lock_ms, gather_ms


start = time.perf_counter()
asyncio.run(nothing())
run_ms = (time.perf_counter() - start) * 1000
lock_ms, gather_ms = asyncio.run(with_lock())
print("ok")
print(f"first_use run={run_ms:.3f} lock={lock_ms:.3f} gather={gather_ms:.3f}", file=sys.stderr)
'''


CPU = {}   # (row, who) -> [CPU seconds of the child: user + sys, all threads]


def timed(command, cwd, env, key=None):
    """Wall seconds of one run; its CPU seconds go to CPU[key] (steadier than wall time on a loaded machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if key is not None:
        CPU.setdefault(key, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return seconds, done


# EventPipe's JIT events only (keyword 0x10); what EventPipe compiles for itself (its event attributes' invoke
# stubs) is left out of the count. Call counting is off in that run (DOTNET_TC_CallCounting=0): otherwise hot
# methods are compiled again at tier 1 after a delay, so that a slower (loaded) machine counted more.
JIT_EVENTS = "Microsoft-Windows-DotNETRuntime:0x10:5"
TRACE_SUMMARY = ROOT / "bench/profile/TraceSummary"


def jit_compiled(command, cwd, env):
    """The methods the JIT compiled in one run of command (ReadyToRun code is not listed)."""
    trace = Path(cwd) / "jit.nettrace"
    subprocess.run(command, cwd=cwd, env=dict(env, DOTNET_EnableEventPipe="1", DOTNET_EventPipeOutputPath=str(trace),
                                              DOTNET_EventPipeConfig=JIT_EVENTS, DOTNET_TC_CallCounting="0"), capture_output=True)
    dll = TRACE_SUMMARY / "bin/Release/net10.0/TraceSummary.dll"
    listed = subprocess.run(["dotnet", str(dll), str(trace), "jit"], capture_output=True, text=True).stdout.splitlines()
    return [line.split("ms", 1)[1].strip() for line in listed if "InvokeStub_Event" not in line]


def first_use(stderr):
    found = re.search(r"first_use run=([\d.]+) lock=([\d.]+) gather=([\d.]+)", stderr)
    return tuple(float(x) for x in found.groups()) if found else None


def stdlib_copy(work):
    """The standard library without test/ and installed packages, as tools/stdlib-report.sh converts it."""
    py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
    src = subprocess.run([py, "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], capture_output=True, text=True).stdout.strip()
    dst = Path(work) / "stdlib"
    files = lines = 0
    for root, dirs, names in os.walk(src):
        rel = os.path.relpath(root, src)
        dirs[:] = [d for d in dirs if not (rel == "." and d == "test") and d not in ("site-packages", "dist-packages", "__pycache__")]
        for name in names:
            if name.endswith(".py"):
                (dst / rel).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(os.path.join(root, name), dst / rel / name)
                files += 1
                with open(os.path.join(root, name), "rb") as f:
                    lines += f.read().count(b"\n")
    return dst, files, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--py2cs", action="append", help="a py2cs command (repeatable); default: dotnet on the Release build")
    ap.add_argument("--skip-stdlib", action="store_true")
    ap.add_argument("--workloads", action="store_true", help="also run bench/run.py --reps 1 (W1..W5)")
    ap.add_argument("--jit", action="store_true", help="also count the methods JIT-compiled by convert and run")
    args = ap.parse_args()
    if args.jit:
        built = subprocess.run(["dotnet", "build", "-c", "Release", "-nologo", "-v", "q", str(TRACE_SUMMARY)], capture_output=True, text=True)
        if built.returncode != 0:
            sys.exit("bench/profile/TraceSummary did not build:\n" + built.stdout + built.stderr)
    variants = args.py2cs or [DEFAULT_PY2CS]
    python = sys.executable
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        (work / "convert20.py").write_text(CONVERT_SOURCE)
        (work / "hello.py").write_text('print("hello")\n')
        (work / "firstuse.py").write_text(FIRST_USE_SOURCE)
        env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"))
        # Fill the compile cache, so that the timed `run`s hit it.
        for v in variants:
            for program in ("hello.py", "firstuse.py"):
                subprocess.run([*shlex.split(v), "run", program], cwd=work, env=env, capture_output=True)

        times = {}   # (row, who) -> [seconds]
        uses = {}    # who -> [(run, lock, gather)]
        parse = f"import ast; ast.parse(open('convert20.py').read())"
        for _ in range(args.reps):
            for who, command in [("python3", [python, "-c", parse])] + [(v, [*shlex.split(v), "convert", "convert20.py", "--stdout"]) for v in variants]:
                seconds, done = timed(command, work, env, ("convert", who))
                times.setdefault(("convert", who), []).append(seconds)
            for who, command in [("python3", [python, "hello.py"])] + [(v, [*shlex.split(v), "run", "hello.py"]) for v in variants]:
                seconds, done = timed(command, work, env, ("run", who))
                times.setdefault(("run", who), []).append(seconds)
            for who, command in [("python3", [python, "firstuse.py"])] + [(v, [*shlex.split(v), "run", "firstuse.py"]) for v in variants]:
                seconds, done = timed(command, work, env)
                if (found := first_use(done.stderr)) is not None:
                    uses.setdefault(who, []).append(found)

        jit = {}
        if args.jit:
            for v in variants:
                jit[v] = (jit_compiled([*shlex.split(v), "convert", "convert20.py", "--stdout"], work, env),
                          jit_compiled([*shlex.split(v), "run", "hello.py"], work, env))

        stdlib = {}
        if not args.skip_stdlib:
            src, files, lines = stdlib_copy(work)
            for v in variants:
                out = work / "stdlib-out"
                shutil.rmtree(out, ignore_errors=True)
                seconds, done = timed([*shlex.split(v), "-q", "convert", str(src), "-o", str(out)], work, env, ("stdlib", v))
                converted = sum(1 for _ in out.rglob("*.cs")) if out.exists() else 0
                stdlib[v] = (seconds, files, lines, converted)

    load_after = os.getloadavg()[0]
    ms = lambda values: statistics.median(values) * 1000
    print(f"issue #9 rows, {args.reps} runs each, 1-minute load average {load_before:.1f} before, {load_after:.1f} after, {os.cpu_count()} cores")
    for v in variants:
        print(f"\npy2cs = {v}")
        conv, conv_py = ms(times[("convert", v)]), ms(times[("convert", "python3")])
        run, run_py = ms(times[("run", v)]), ms(times[("run", "python3")])
        cpu = lambda row, who: statistics.median(CPU[(row, who)]) * 1000
        print(f"  convert 20-line file, fresh process : {conv:7.0f} ms   (python3 ast.parse {conv_py:5.0f} ms; goal <= ~100 ms)"
              f"   CPU {cpu('convert', v):.0f} ms (python3 {cpu('convert', 'python3'):.0f} ms)")
        print(f"  run hello-world, cached image       : {run:7.0f} ms   (python3 {run_py:5.0f} ms; {run / run_py:.1f}x, goal <= 2x)"
              f"   CPU {cpu('run', v):.0f} ms (python3 {cpu('run', 'python3'):.0f} ms)")
        if v in uses and "python3" in uses:
            mine = [statistics.median(u[i] for u in uses[v]) for i in range(3)]
            cpy = [statistics.median(u[i] for u in uses["python3"]) for i in range(3)]
            print(f"  first asyncio.run / Lock / gather   : {mine[0]:.2f} / {mine[1]:.2f} / {mine[2]:.2f} ms   "
                  f"(CPython {cpy[0]:.2f} / {cpy[1]:.2f} / {cpy[2]:.2f} ms; goal < 2 ms each)")
        else:
            print("  first asyncio.run / Lock / gather   : not measured (the program did not report)")
        if v in jit:
            print(f"  methods JIT-compiled                : convert {len(jit[v][0])}, run hello-world {len(jit[v][1])}")
        if v in stdlib:
            seconds, files, lines, converted = stdlib[v]
            cpu_s = CPU[("stdlib", v)][-1]
            print(f"  stdlib: {files} files, {lines} lines in {seconds:.1f} s = {lines / seconds / 1000:.0f}k lines/s, CPU {cpu_s:.1f} s "
                  f"({converted} converted, the rest refused with diagnostics; goal >= 100k lines/s)")
    if args.workloads:
        print()
        subprocess.run([python, str(ROOT / "bench/run.py"), "--reps", "1"], cwd=ROOT)


if __name__ == "__main__":
    main()
