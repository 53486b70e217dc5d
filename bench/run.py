#!/usr/bin/env python3
"""Performance benchmark of py2cs: the translation of each workload against CPython and against
hand-written C#, measured in the same run.

In one run: builds py2cs and the hand-written C# in Release; translates each workload with
`py2cs convert --stdout` and builds it as a Release console project (warnings are errors);
runs CPython, the translation and the hand-written C# interleaved (rep -> workload -> variant);
checks that the translation prints exactly what CPython prints; prints the goal table.

Usage (python3, standard library only; from anywhere):
    python3 bench/run.py [--reps 3] [--only w1,w3] [--json out.json]
                         [--dotnet-env DOTNET_GCgen0size=0x4000000] [--fail-on-miss] [--force-dynamic]

Exit status: 0 when every translation ran and printed CPython's answer; 1 when one failed to
translate, build or run, or printed something else; 2 (only with --fail-on-miss) when the
answers are right but a speed goal is missed.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import build, report  # noqa: E402
from harness.measure import run_once  # noqa: E402
from harness.workloads import select  # noqa: E402


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3, help="repetitions of every run (default 3)")
    ap.add_argument("--only", default="", help="comma-separated workloads, e.g. w1,w3")
    ap.add_argument("--json", default="", help="write the raw numbers to this file")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before one run is abandoned")
    ap.add_argument("--dotnet-env", action="append", default=[], metavar="NAME=VALUE",
                    help="environment variable for the .NET runs (translation and hand-written); repeatable")
    ap.add_argument("--no-handwritten-variants", action="store_true",
                    help="run only the default hand-written variant (skip st and friends)")
    ap.add_argument("--workloads-dir", default="",
                    help="EXPERIMENTS ONLY: read the Python programs from this folder instead of "
                         "bench/workloads (same file names); the report says so in capitals")
    ap.add_argument("--fail-on-miss", action="store_true", help="exit 2 when a speed goal is missed")
    ap.add_argument("--force-dynamic", action="store_true",
                    help="translate every workload with every scope dynamic (PY2CS_FORCE_DYNAMIC=1): "
                         "the speed of the dynamic path; the report says so in capitals")
    a = ap.parse_args()
    if a.reps < 1:
        ap.error("--reps must be at least 1")
    return a


def dotnet_environment(assignments):
    env = dict(os.environ)
    env["DOTNET_gcServer"] = "0"   # workstation GC for every .NET run, whatever the machine default
    env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--dotnet-env needs NAME=VALUE, got {item!r}")
        env[name] = value
    return env


def plan(workloads, translations, with_variants):
    """(workload, variant name, command, is .NET) for every run of one repetition."""
    runs = []
    for w in workloads:
        script = os.path.join(build.workloads_dir, w.script)
        runs.append((w, "python", [sys.executable if _is_python3() else "python3", script], False))
        if translations[w.key].ok:
            runs.append((w, "py2cs", translations[w.key].command, True))
        runs.append((w, "handwritten", build.handwritten_command(w.project), True))
        if with_variants:
            for name, args in w.extra_variants:
                runs.append((w, "handwritten-" + name, build.handwritten_command(w.project, args), True))
    return runs


def _is_python3():
    return os.path.basename(sys.executable).startswith("python3")


def main():
    a = parse_args()
    workloads = select(a.only)
    dotnet_env = dotnet_environment(a.dotnet_env)
    experiment = ""
    if a.workloads_dir:
        build.workloads_dir = os.path.abspath(a.workloads_dir)
        experiment = (f"EXPERIMENT: inputs read from {build.workloads_dir}, NOT bench/workloads; "
                      "these are not the benchmark's numbers")

    if a.force_dynamic:
        # py2cs convert reads it: every scope object?, every operation through the runtime's protocol.
        os.environ["PY2CS_FORCE_DYNAMIC"] = "1"
        experiment = (experiment + "; " if experiment else "") + "FORCED DYNAMIC: every scope translated dynamically"

    build.build_py2cs()
    build.build_handwritten()
    translations = {w.key: build.translate_and_build(w) for w in workloads}

    load_before = os.getloadavg()
    results = {w.key: {} for w in workloads}
    for rep in range(a.reps):
        for w, variant, command, is_dotnet in plan(workloads, translations, not a.no_handwritten_variants):
            r = run_once(command, dotnet_env if is_dotnet else dict(os.environ), a.timeout)
            results[w.key].setdefault(variant, []).append(r)
            build.log(f"rep{rep} {w.key} {variant:24} wall={r['wall_s']:.3f}s work_ms={r['work_ms']} "
                      f"rc={r['rc']} out={r['stdout'].strip()!r}")

    load_after = os.getloadavg()
    rows = report.goal_rows(workloads, results, translations)
    if experiment:
        print(experiment)
    report.print_goal_table(rows)
    report.print_cpu_table(workloads, results)
    report.print_details(results)
    report.print_gc(results)
    report.print_answer_notes(workloads, results, translations)
    print()
    busy = max(load_before[0], load_after[0]) > (os.cpu_count() or 1)
    print(f"{os.cpu_count()} CPUs; 1-minute load average {load_before[0]:.1f} before the runs, {load_after[0]:.1f} after"
          + (": other processes were competing for the CPUs, wall times are noisy." if busy else "."))

    if a.json:
        with open(a.json, "w") as f:
            json.dump({
                "reps": a.reps,
                "experiment": experiment,
                "force_dynamic": a.force_dynamic,
                "dotnet_env": a.dotnet_env,
                "cpu_count": os.cpu_count(),
                "load_average_before_after": [load_before, load_after],
                "goals": rows,
                "translations": {k: vars(t) for k, t in translations.items()},
                "runs": results,
            }, f, indent=1)

    if any(r["answer"] != "same as CPython" for r in rows):
        return 1
    if a.fail_on_miss and not all(r["cpython_goal_met"] and r["handwritten_goal_met"] for r in rows):
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
