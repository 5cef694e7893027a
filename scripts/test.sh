#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): install, build, run the unit
# tests, then the conformance and evaluation scripts against ../shared when it
# is there. Each evaluation fails the run when its figure drops below the
# floor kept in eval/floors.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ANNALIST_SHARED:-../shared}"
bash scripts/install-deps.sh --test
bash scripts/build.sh
(cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
if [[ -d "$shared" ]]; then
  for check in eval/checks/*.sh; do
    [[ -e "$check" ]] || continue
    echo "== $check"
    bash "$check" "$shared"
  done
else
  echo "note: $shared not found; conformance and evaluation checks skipped"
fi
