#!/usr/bin/env bash
# Builds the dashboard (web/dist) from npm packages: installs them from the
# lock file when node_modules is missing or older than it, then bundles.
set -euo pipefail
cd "$(dirname "$0")/../web"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
if [[ ! -f dist/app.js || -n "$(find src index.html style.css build.mjs -newer dist/app.js 2>/dev/null)" ]]; then
  node build.mjs
fi
