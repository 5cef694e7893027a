#!/usr/bin/env bash
# TABARI conformance: codes TABARI's validation suite with annalist's pipeline
# and compares the (source, target, code) triples with the expected ones.
# Usage: eval/checks/tabari-conformance.sh <shared-dir>
# Fails when the reproduced percentage falls below eval/floors/tabari-conformance.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: $0 <shared-dir>}"
suite="$shared/data/tabari-validation"
out="$(./build/tabari_conformance "$suite/Validate.project" "$suite/Validate.text")"
echo "$out" | tail -n 40
floor="$(cat eval/floors/tabari-conformance)"
figure="$(echo "$out" | sed -n 's/^reproduced: \([0-9.]*\)%$/\1/p')"
echo "reproduced ${figure}% (floor ${floor}%)"
awk -v f="$figure" -v m="$floor" 'BEGIN { exit (f + 0 >= m + 0) ? 0 : 1 }'
