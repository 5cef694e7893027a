#!/usr/bin/env bash
# The example article of the brief (../shared/examples/seed-article.txt, read
# from there): the events, quotes, places, dates, quantities and claim a reader
# must find in it (eval/tools/seed_article_check.py). Every item must hold.
# Usage: eval/checks/seed-article.sh <shared-dir>
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: seed-article.sh <shared-dir>}"
./build/annalist code --published 2024-11-14 --data-dir . "$shared/examples/seed-article.txt" |
  python3 eval/tools/seed_article_check.py
