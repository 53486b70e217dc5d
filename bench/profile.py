#!/usr/bin/env python3
"""Where does a translated workload spend its CPU time? Runs the translation once under
EventPipe's sample profiler and prints the hottest methods (bench/profile/TraceSummary).

Usage (after bench/run.py has built the translations, or it builds the one it needs):
    python3 bench/profile.py w1 [--top 30] [--handwritten] [--workloads-dir DIR]

--handwritten profiles the hand-written C# program instead, for comparison. The trace is kept in
bench/.work/profiles/. Sampling adds some overhead; use the figures as shares, not timings.
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import build  # noqa: E402
from harness.workloads import select  # noqa: E402

SUMMARY_PROJECT = os.path.join(build.BENCH, "profile", "TraceSummary")
SUMMARY_DLL = os.path.join(SUMMARY_PROJECT, "bin", "Release", "net10.0", "TraceSummary.dll")
# The sample profiler, plus the runtime's JIT/loader events so that samples resolve to method names.
EVENTPIPE_CONFIG = ("Microsoft-DotNETCore-SampleProfiler:0:5,"
                    "Microsoft-Windows-DotNETRuntime:0x4c14fccbd:5")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workload", help="w1 ... w5")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--handwritten", action="store_true", help="profile the hand-written C# program")
    ap.add_argument("--workloads-dir", default="", help="EXPERIMENTS ONLY: Python inputs from this folder")
    a = ap.parse_args()
    (workload,) = select(a.workload)
    if a.workloads_dir:
        build.workloads_dir = os.path.abspath(a.workloads_dir)

    r = build.dotnet_build(SUMMARY_PROJECT)
    if r.returncode != 0:
        sys.exit("TraceSummary did not build:\n" + build.build_error_lines(r))
    if a.handwritten:
        build.build_handwritten()
        command, label = build.handwritten_command(workload.project), workload.project
    else:
        translation = build.translate_and_build(workload)
        if not translation.ok:
            sys.exit(f"the {translation.stage} step failed:\n{translation.message}")
        command, label = translation.command, workload.stem

    trace_dir = os.path.join(build.WORK, "profiles")
    os.makedirs(trace_dir, exist_ok=True)
    trace = os.path.join(trace_dir, label + ".nettrace")
    env = dict(os.environ, DOTNET_gcServer="0", DOTNET_EnableEventPipe="1",
               DOTNET_EventPipeOutputPath=trace, DOTNET_EventPipeConfig=EVENTPIPE_CONFIG)
    run = subprocess.run(command, env=env, capture_output=True, text=True)
    print(f"{label}: exit {run.returncode}, stdout {run.stdout.strip()!r}")
    for line in run.stderr.splitlines():
        if line.startswith(("gc_stats", "w")):
            print("  " + line)
    sys.stdout.flush()
    return subprocess.run(["dotnet", SUMMARY_DLL, trace, str(a.top)]).returncode


if __name__ == "__main__":
    sys.exit(main())
