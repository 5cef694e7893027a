#!/usr/bin/env bash
# PLOVER gold standard: codes the development half of the PLOVER gold-standard
# records with annalist's default dictionaries and reports type, source-country
# and (type, source, target) accuracy with a confusion table.
# Usage: eval/checks/plover-gsr.sh <shared-dir>
# Fails when a figure falls below eval/floors/plover-type, plover-source or
# plover-triple.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: $0 <shared-dir>}"
./build/plover_eval "$shared/data/plover-gsr/dev.json" \
  --floor-type "$(cat eval/floors/plover-type)" \
  --floor-source "$(cat eval/floors/plover-source)" \
  --floor-triple "$(cat eval/floors/plover-triple)"
