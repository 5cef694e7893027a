#!/usr/bin/env bash
# Ingest throughput against the coder's own: times `annalist code` (records to
# /dev/null) and `annalist ingest` (into a fresh SQLite store) over the same
# articles, alternating the two for a number of rounds, and prints the
# medians: articles/s for each, their ratio and ingest's peak memory. One
# run of each swings by a few percent on a shared machine; medians of
# alternated rounds do not.
# Usage: bench/ingest-vs-code.sh <shared-dir> [threads] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:?usage: ingest-vs-code.sh <shared-dir> [threads] [rounds]}"
threads="${2:-$(nproc)}"
rounds="${3:-5}"
input="$shared/data/news/bbc-2005.articles.jsonl"
articles=$(wc -l <"$input")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() {  # name, command...: appends "name wall-seconds cpu-seconds peak-KB"
  local name="$1" start end
  shift
  # Wall time to the microsecond (time(1) rounds to 10 ms, a 1.5% step here).
  start=$EPOCHREALTIME
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  awk -v n="$name" -v w="$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" \
    '{print n, w, $1 + $2, $3}' "$work/time" >>"$work/runs"
}
for ((i = 0; i < rounds; ++i)); do
  run code ./build/annalist code "$input" --threads "$threads" --data-dir .
  rm -f "$work"/bench.db*
  run ingest ./build/annalist ingest "$input" --db "$work/bench.db" --threads "$threads" \
    --data-dir .
done
# On a shared machine wall time swings with the load; CPU time less so, so
# both ratios are printed.
python3 - "$work/runs" "$articles" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, wall, cpu, kb = line.split()
    runs.setdefault(name, []).append((float(wall), float(cpu), int(kb)))
n = int(sys.argv[2])
median = lambda name, i: statistics.median(r[i] for r in runs[name])
for name in ("code", "ingest"):
    print("%-7s %d articles in %.3fs = %.0f articles/s, %.2fs CPU (peak %d MB; median of %d)" % (
        name + ":", n, median(name, 0), n / median(name, 0), median(name, 1),
        max(r[2] for r in runs[name]) / 1024, len(runs[name])))
print("ingest/code throughput: %.1f%% by wall time, %.1f%% by CPU time" % (
    100 * median("code", 0) / median("ingest", 0), 100 * median("code", 1) / median("ingest", 1)))
EOF
sqlite3 "$work/bench.db" "SELECT count(*) || ' articles, ' FROM articles; SELECT count(*) || ' events, ' FROM events; SELECT count(*) || ' mentions' FROM event_mentions;" | tr -d '\n'; echo
