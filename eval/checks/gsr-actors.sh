#!/usr/bin/env bash
# Actor identification on the PLOVER gold standard records (development half):
# how many hand-coded source and target actors annalist's default dictionaries
# find with the right country or root. Persons and sectors depend on the
# people and agents dictionaries, so the figure rises as they land.
# Usage: eval/checks/gsr-actors.sh <shared-dir>
# Fails when the right-country percentage falls below eval/floors/gsr-actors.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: $0 <shared-dir>}"
./build/gsr_actor_check "$shared/data/plover-gsr/dev.json" --floor "$(cat eval/floors/gsr-actors)"
