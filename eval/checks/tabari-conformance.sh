#!/usr/bin/env bash
# TABARI conformance: codes TABARI's validation suite with annalist's pipeline
# and compares the (source, target, code) triples with the expected ones.
# Usage: eval/checks/tabari-conformance.sh <shared-dir>
# Fails when the reproduced percentage falls below eval/floors/tabari-conformance.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: $0 <shared-dir>}"
suite="$shared/data/tabari-validation"
# Each option change rebuilds the pipeline; repeated notes on stderr are shown once.
out="$(./build/tabari_conformance "$suite/Validate.project" "$suite/Validate.text" 2> >(sort -u >&2))"
echo "$out" | tail -n 40
floor="$(cat eval/floors/tabari-conformance)"
figure="$(echo "$out" | sed -n 's/^reproduced: \([0-9.]*\)%$/\1/p')"
echo "reproduced ${figure}% (floor ${floor}%)"
awk -v f="$figure" -v m="$floor" 'BEGIN { exit (f + 0 >= m + 0) ? 0 : 1 }'
