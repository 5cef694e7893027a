#!/usr/bin/env bash
# End-to-end test of the dashboard in headless Chromium (web/tests/): ingests
# tests/data/dashboard/articles.jsonl, serves it on loopback and drives the
# page. Needs nothing from the shared folder ($1 is accepted for symmetry).
# Screenshots are saved in build/e2e/. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -x /usr/bin/chromium ]] || { echo "dashboard-e2e: chromium missing (scripts/install-deps.sh --test)"; exit 1; }
[[ -f web/dist/app.js ]] || bash scripts/build-web.sh
out=$(node --test --test-reporter=tap web/tests/ 2>&1) && rc=0 || rc=$?
echo "$out" | grep -E "^(not )?ok|^# (pass|fail)|Error|assert" | head -40
pass=$(echo "$out" | sed -n 's/^# pass //p')
fail=$(echo "$out" | sed -n 's/^# fail //p')
echo "${pass:-0} passed, ${fail:-0} failed (screenshots in build/e2e/)"
exit "$rc"
