#!/usr/bin/env bash
# A long fuzzing soak: the CI fuzz tests (tests/Py2Cs.EndToEnd.Tests/Fuzzing) with SCALE times as
# many random inputs each (default 100: about 100 x 750 translations). A failure prints the input
# and CsCheck's seed.   bash tools/fuzz-soak.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
PY2CS_FUZZ_SCALE="${1:-100}" dotnet test tests/Py2Cs.EndToEnd.Tests -c Release \
  --filter "FullyQualifiedName~Py2Cs.EndToEnd.Tests.Fuzzing" --logger "console;verbosity=normal"
