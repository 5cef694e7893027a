#!/usr/bin/env bash
# Configures and builds annalist in ./build (Release). Extra args go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build --parallel "$(nproc)"
