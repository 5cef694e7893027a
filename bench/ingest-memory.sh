#!/usr/bin/env bash
# Ingest's peak memory as the corpus grows: ingests the BBC articles 1, 3 and
# 6 times over (each copy's articles changed by one line, so none is a
# duplicate of another) into fresh SQLite stores and prints peak resident
# memory against store size. The peak should level off: the coded articles
# in flight are bounded, and SQLite's page cache is capped (64 MB).
# Usage: bench/ingest-memory.sh <shared-dir> [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:?usage: ingest-memory.sh <shared-dir> [threads]}"
threads="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for copies in 1 3 6; do
  python3 - "$shared/data/news/bbc-2005.articles.jsonl" "$copies" >"$work/in.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
for k in range(int(sys.argv[2])):
    for line in lines:
        article = json.loads(line)
        article["id"] = f"{article.get('id', '')}-copy{k}"
        if k:
            article["text"] += f"\nCopy {k}."
        print(json.dumps(article))
PY
  rm -f "$work"/store.db*
  /usr/bin/time -f "%e %M" -o "$work/time" ./build/annalist ingest "$work/in.jsonl" \
    --db "$work/store.db" --threads "$threads" --data-dir . 2>/dev/null || true
  read -r seconds peak_kb <"$work/time"
  printf "%d× corpus: %6d articles, store %4d MB, %.1fs, peak %d MB\n" "$copies" \
    "$(wc -l <"$work/in.jsonl")" "$(( $(stat -c %s "$work/store.db") >> 20 ))" "$seconds" \
    "$(( peak_kb / 1024 ))"
done
