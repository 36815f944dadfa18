#!/usr/bin/env bash
# The long crash sweep: kills `po` at every journal commit of every scenario stage (through the
# test-only crash host, tests/PortfolioOrchestrator.Testing.Cli: the same command line composed with a
# journal that kills the process after its Nth commit), then the shipped po.dll by SIGKILL at random
# instants, until PO_SWEEP_KILLS kills (default 1000) or PO_SWEEP_MINUTES (default 90) pass, resuming
# after each kill and checking the outcome against the crash-free run. Prints the figures.
#
#   scripts/crash-sweep.sh                     # 1000 kills
#   PO_SWEEP_KILLS=200 scripts/crash-sweep.sh  # a shorter one
#
# The tests run from a private copy of the build, so rebuilding the tree meanwhile does not disturb it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/PortfolioOrchestrator.Reliability.Tests"
work="$(mktemp -d "${TMPDIR:-/tmp}/po-crash-sweep.XXXXXX")"

dotnet build "$project" -v quiet -nologo >/dev/null
cp -r "$project/bin/Debug/net10.0" "$work/bin"

export PO_LONG_SWEEP=1
export PO_SWEEP_REPORT="$work/figures.txt"
export PO_SWEEP_PROGRESS="$work/progress.txt"
echo "crash sweep: working in $work (progress in $PO_SWEEP_PROGRESS)"

status=0
dotnet test "$work/bin/PortfolioOrchestrator.Reliability.Tests.dll" --filter "FullyQualifiedName~LongSweepTests" >"$work/test.log" 2>&1 || status=$?

if [[ -f "$PO_SWEEP_REPORT" ]]; then
  cat "$PO_SWEEP_REPORT"
else
  cat "$work/test.log"
fi

exit "$status"
