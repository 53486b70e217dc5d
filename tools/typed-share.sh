#!/usr/bin/env bash
# The typed share of py2cs's generated C#: translates the examples and the conformance corpus (or the
# folders given) and counts parameters, locals, fields, properties and method results with a concrete
# type against those typed object (tools/typed-share/Program.cs says what counts).
#   bash tools/typed-share.sh [--files] [--list] [--errors] [DIR...]   (--list: every dynamic declaration, to group by
#   cause; --errors: every C# error of the typed translation, which `run` would demote)
set -euo pipefail
cd "$(dirname "$0")/.."
files=""; list=""; errors=""; dirs=()
for a in "$@"; do case "$a" in --files) files=--files ;; --list) list=--list ;; --errors) errors=--errors ;; *) dirs+=("$a") ;; esac; done
[ ${#dirs[@]} -gt 0 ] || dirs=(examples tests/conformance)
dotnet build src/Py2Cs.Cli -c Release -nologo -v q >/dev/null
dotnet build tools/typed-share -c Release -nologo -v q >/dev/null
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
i=0
for d in "${dirs[@]}"; do
    i=$((i + 1))
    # A file py2cs refuses is left out: the share is of the C# it writes.
    dotnet src/Py2Cs.Cli/bin/Release/net10.0/py2cs.dll -q convert "$d" -o "$work/$i" >/dev/null 2>&1 || true
done
dotnet tools/typed-share/bin/Release/net10.0/TypedShare.dll src/Py2Cs.Runtime/bin/Release/net10.0/Py2Cs.Runtime.dll "$work" $files $list $errors
