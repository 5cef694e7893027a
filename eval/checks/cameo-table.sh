#!/usr/bin/env bash
# Compares annalist's CAMEO table (data/cameo/events.tsv) with the reference
# Goldstein scores and CAMEO->PLOVER conversion in $1/reference. Fails when the
# lowest of coverage, Goldstein agreement and PLOVER type agreement is below
# eval/floors/cameo-table.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: cameo-table.sh SHARED_DIR}"
./build/cameo_table_check \
  --table data/cameo/events.tsv \
  --goldstein "$shared/reference/cameo-goldstein.tsv" \
  --plover "$shared/reference/cameo-to-plover.txt" \
  --floor "$(cat eval/floors/cameo-table)"
