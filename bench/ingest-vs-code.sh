#!/usr/bin/env bash
# Ingest throughput against the coder's own: times `annalist code` (records to
# /dev/null) and `annalist ingest` (into a fresh SQLite store) over the same
# articles, and prints articles/s for each, their ratio and ingest's peak
# memory. Usage: bench/ingest-vs-code.sh <shared-dir> [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:?usage: ingest-vs-code.sh <shared-dir> [threads]}"
threads="${2:-$(nproc)}"
input="$shared/data/news/bbc-2005.articles.jsonl"
articles=$(wc -l <"$input")
db="$(mktemp -d)/bench.db"
trap 'rm -rf "$(dirname "$db")"' EXIT

seconds() {  # runs "$@", prints elapsed seconds, peak RSS (KB) and CPU seconds
  /usr/bin/time -f "%e %M %U %S" -o "$db.time" "$@" >/dev/null 2>&1 || true
  cat "$db.time"
}
read -r code_s code_kb code_user code_sys < <(seconds ./build/annalist code "$input" --threads "$threads" --data-dir .)
read -r ingest_s ingest_kb ingest_user ingest_sys < <(seconds ./build/annalist ingest "$input" --db "$db" \
  --threads "$threads" --data-dir .)
# On a shared machine wall time swings with the load; CPU time does not, so
# both ratios are printed.
awk -v n="$articles" -v c="$code_s" -v i="$ingest_s" -v ck="$code_kb" -v ik="$ingest_kb" \
    -v cc="$(awk -v u="$code_user" -v s="$code_sys" 'BEGIN {print u + s}')" \
    -v ic="$(awk -v u="$ingest_user" -v s="$ingest_sys" 'BEGIN {print u + s}')" 'BEGIN {
  printf "code:   %d articles in %.2fs = %.0f articles/s (peak %d MB)\n", n, c, n / c, ck / 1024
  printf "ingest: %d articles in %.2fs = %.0f articles/s (peak %d MB)\n", n, i, n / i, ik / 1024
  printf "ingest/code throughput: %.0f%% by wall time, %.0f%% by CPU time (%.1fs vs %.1fs)\n",
         100 * c / i, 100 * cc / ic, ic, cc
}'
sqlite3 "$db" "SELECT count(*) || ' articles, ' FROM articles; SELECT count(*) || ' events, ' FROM events; SELECT count(*) || ' mentions' FROM event_mentions;" | tr -d '\n'; echo
