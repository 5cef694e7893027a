#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): install, build, run the unit
# tests, then the conformance and evaluation scripts against ../shared when it
# is there. Each evaluation fails the run when its figure drops below the
# floor kept in eval/floors; every check runs even when an earlier one fails,
# and the last line sums them up.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ANNALIST_SHARED:-../shared}"
bash scripts/install-deps.sh --test
bash scripts/build.sh
(cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
if [[ ! -d "$shared" ]]; then
  echo "note: $shared not found; conformance and evaluation checks skipped"
  exit 0
fi
passed=0
failed=()
for check in eval/checks/*.sh; do
  [[ -e "$check" ]] || continue
  echo "== $check"
  start=$SECONDS
  if bash "$check" "$shared"; then
    passed=$((passed + 1))
    echo "-- $check: ok ($((SECONDS - start)) s)"
  else
    failed+=("$check")
    echo "-- $check: FAILED ($((SECONDS - start)) s)"
  fi
done
((${#failed[@]} == 0)) || echo "failed checks: ${failed[*]}"
echo "checks: $passed passed, ${#failed[@]} failed"
((${#failed[@]} == 0))
