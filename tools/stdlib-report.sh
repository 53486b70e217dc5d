#!/usr/bin/env bash
# Translates every .py of a Python source tree (default: this machine's CPython standard library,
# test/ excluded) and prints how many files converted, were refused as unsupported (PYCS1xxx),
# failed otherwise (syntax PYCS0xxx, generated C# PYCS2xxx), or crashed py2cs (PYCS9xxx, a bug).
# Translation only: nothing is compiled or run.
# --check runs `py2cs check --allow-unsupported` instead (partial mode: translate and compile with Roslyn)
# and prints how many files compiled, failed (generated C# that does not compile, PYCS2xxx), were still
# refused (an unsupported construct partial mode does not stand in for yet, PYCS1xxx; or a syntax error),
# or crashed py2cs (PYCS9xxx).
#   bash tools/stdlib-report.sh [DIR] [--list] [--check] [-j N] [--sample K]
#   (--sample K keeps every K-th file in path order: a quicker, repeatable cross-section)
#   (--list prints each crashed file with its message; with --check, each file that did not compile too)
set -euo pipefail
cd "$(dirname "$0")/.."
src="" list=0 check=0 jobs=2 sample=1 next=""
for a in "$@"; do
    if [ "$next" = jobs ]; then jobs="$a"; next=""; continue; fi
    if [ "$next" = sample ]; then sample="$a"; next=""; continue; fi
    case "$a" in --list) list=1 ;; --check) check=1 ;; -j) next=jobs ;; --sample) next=sample ;; *) src="$a" ;; esac
done
# The system's CPython (Debian's /usr/bin/python3 where it exists), not a pyenv or venv one.
py=/usr/bin/python3; [ -x "$py" ] || py=python3
[ -n "$src" ] || src="$("$py" -c "import sysconfig;print(sysconfig.get_paths()['stdlib'])")"
# PY2CS_DLL: a copy of the built tool, so that a long report survives a rebuild.
dll=${PY2CS_DLL:-src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll}
[ -f "$dll" ] || dotnet build src/Py2Cs.Cli -c Release -nologo -v q >/dev/null

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# A copy without the CPython test suite and installed packages, so one py2cs process does the lot.
files=$(python3 - "$src" "$work/in" "$sample" <<'PY'
import os, shutil, sys
src, dst, sample = sys.argv[1], sys.argv[2], int(sys.argv[3])
found = []
for root, dirs, names in os.walk(src):
    rel = os.path.relpath(root, src)
    dirs[:] = [d for d in dirs if not (rel == "." and d == "test") and d not in ("site-packages", "dist-packages", "__pycache__")]
    found += [os.path.join(rel, name) for name in names if name.endswith(".py")]
kept = sorted(found)[::sample]
for path in kept:
    os.makedirs(os.path.join(dst, os.path.dirname(path)), exist_ok=True)
    shutil.copyfile(os.path.join(src, path), os.path.join(dst, path))
print(len(kept))
PY
)

start=$(date +%s.%N)
if [ "$check" = 1 ]; then
    dotnet "$dll" -q --diagnostics-format tools --allow-unsupported check --no-cache -j "$jobs" "$work/in" >"$work/stdout" 2>"$work/stderr" || true
else
    dotnet "$dll" --diagnostics-format tools convert "$work/in" -o "$work/out" >"$work/stdout" 2>"$work/stderr" || true
fi
end=$(date +%s.%N)

if [ "$check" = 1 ]; then
python3 - "$work" "$files" "$start" "$end" "$list" <<'PY'
import re, sys, os, collections
work, files, start, end, listing = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "1"
rank = {"refused": 1, "failed": 2, "crashed": 3}
worst, first = {}, {}
causes = collections.Counter()
current = None   # the file whose PYCS2xxx diagnostic the indented C# error lines below it belong to
for line in open(os.path.join(work, "stderr"), encoding="utf-8", errors="replace"):
    cs = re.match(r"\s+generated line \d+, column \d+.*?: error (CS\d{4}): (.*)", line)
    if cs and current is not None:
        # The first C# error of a file names its cause, names and types blanked so that causes group.
        causes[cs.group(1) + " " + re.sub(r"'[^']*'", "'...'", cs.group(2)).strip()[:100]] += 1
        current = None
        continue
    m = re.match(r"(.+?)\(\d+,\d+\): error PYCS(\d)\d{3}: (.*)", line)
    if not m: continue
    path, phase, message = m.group(1), m.group(2), m.group(3)
    kind = {"2": "failed", "9": "crashed"}.get(phase, "refused")
    current = path if kind == "failed" else None
    if rank[kind] > rank.get(worst.get(path), 0):
        worst[path] = kind; first[path] = message
counts = {k: sum(1 for v in worst.values() if v == k) for k in rank}
print(f"files {files}, compiled {files - len(worst)}, failed {counts['failed']}, refused {counts['refused']}, "
      f"crashed {counts['crashed']}, seconds {end - start:.1f}")
for cause, n in causes.most_common(10): print(f"  {n:4} {cause}")
if listing:
    for path, kind in sorted(worst.items()):
        print(f"  {kind}: {os.path.relpath(path, os.path.join(work, 'in'))}: {first[path][:300]}")
sys.exit(1 if counts["crashed"] else 0)
PY
exit $?
fi

# Each diagnostic line reads `path(line,col): error PYCSnnnn: message`; a file counts once, by its
# worst outcome: crashed > failed > unsupported.
python3 - "$work" "$files" "$start" "$end" "$list" <<'PY'
import re, sys, os
work, files, start, end, listing = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "1"
rank = {"unsupported": 1, "failed": 2, "crashed": 3}
worst, first = {}, {}
for line in open(os.path.join(work, "stderr"), encoding="utf-8", errors="replace"):
    m = re.match(r"(.+?)\(\d+,\d+\): error PYCS(\d)\d{3}: (.*)", line)
    if not m: continue
    path, phase, message = m.group(1), m.group(2), m.group(3)
    kind = {"1": "unsupported", "9": "crashed"}.get(phase, "failed")
    if rank[kind] > rank.get(worst.get(path), 0):
        worst[path] = kind; first[path] = message
counts = {k: sum(1 for v in worst.values() if v == k) for k in rank}
converted = files - len(worst)
print(f"files {files}, converted {converted}, unsupported {counts['unsupported']}, "
      f"failed {counts['failed']}, crashed {counts['crashed']}, seconds {end - start:.1f}")
if listing:
    for path, kind in sorted(worst.items()):
        if kind == "crashed": print(f"  crashed: {os.path.relpath(path, os.path.join(work, 'in'))}: {first[path]}")
sys.exit(1 if counts["crashed"] else 0)
PY
