#!/usr/bin/env bash
# Places: precision/recall/F1 of the places stage against the hand-annotated
# gold in eval/gold/places (see docs/places.md). Fails below eval/floors/places-f1.
# Usage: eval/checks/places.sh SHARED_DIR   (after scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: $0 SHARED_DIR}"
floor=$(cat eval/floors/places-f1)
out=$(./build/places_eval "$shared" --gold eval/gold/places)
echo "$out"
f1=$(echo "$out" | sed -n 's/.*F1 \([0-9.]*\).*/\1/p')
if awk -v f="$f1" -v m="$floor" 'BEGIN { exit !(f < m) }'; then
  echo "places: F1 $f1 is below the floor $floor" >&2
  exit 1
fi
