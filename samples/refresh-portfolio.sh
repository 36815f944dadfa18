#!/bin/sh
# An example refresh command for `po run --refresh "command:sh samples/refresh-portfolio.sh"`
# (docs/refresh.md). po runs it through /bin/sh -c when STEP 2C finds PORTFOLIO.md stale, with:
#   PO_REFRESH_SCOPE     QUICK (cash and the accounts below) or FULL (every account: cash and positions)
#   PO_REFRESH_ACCOUNTS  the accounts concerned, comma-separated
#   PO_PORTFOLIO_PATH    the run's PORTFOLIO.md, to be replaced by a fresh one
# po takes the refresh when the path holds a PORTFOLIO.md that reads and whose Last Updated is later
# than the one the run started from; a non-zero exit fails the refresh (the last lines of stderr go
# into the report's caveat). stdout is discarded. po stops this script, and everything it started,
# when refresh_timeout_minutes (default 10) pass.
#
# This example only stamps a new Last Updated on the figures already there. Portfolio-Persona's own
# tool puts its fresh figures in where marked below.
set -eu

: "${PO_PORTFOLIO_PATH:?PO_PORTFOLIO_PATH is not set: run me through po run --refresh command:...}"
scope="${PO_REFRESH_SCOPE:-FULL}"
accounts="${PO_REFRESH_ACCOUNTS:-}"

if [ ! -f "$PO_PORTFOLIO_PATH" ]; then
  echo "refresh-portfolio: no PORTFOLIO.md at $PO_PORTFOLIO_PATH" >&2
  exit 1
fi

now="$(date '+%Y-%m-%dT%H:%M:%S%z')"
staged="$(mktemp "$PO_PORTFOLIO_PATH.XXXXXX")"
trap 'rm -f "$staged"' EXIT
trap 'exit 143' INT TERM   # stopped by po: the EXIT trap removes the staged file

# --- Portfolio-Persona: write the fresh cash (and, for FULL, positions) of $accounts here. ---
if ! grep -qi 'last updated' "$PO_PORTFOLIO_PATH"; then
  echo "refresh-portfolio: $PO_PORTFOLIO_PATH has no Last Updated line" >&2
  exit 1
fi
cp -p "$PO_PORTFOLIO_PATH" "$staged"   # keeps the file's permissions
awk -v now="$now" '
  !done && tolower($0) ~ /last updated/ { print "**Last Updated:** " now; done = 1; next }
  { print }
' "$PO_PORTFOLIO_PATH" > "$staged"

# Renamed over the path in one step, so po never reads a half-written file.
mv "$staged" "$PO_PORTFOLIO_PATH"
trap - EXIT
echo "refresh-portfolio: $scope refresh of ${accounts:-all accounts}: Last Updated $now" >&2
