#!/usr/bin/env bash
# README command 1: install, build, and code the bundled example article with
# annalist's own dictionaries, printing its events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/annalist code --published 2025-03-06 examples/example-article.txt -o build/example.jsonl
python3 scripts/show_events.py build/example.jsonl
