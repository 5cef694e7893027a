#!/usr/bin/env bash
# Whole-run benchmark of `annalist code`: wall time, sentences per second and
# peak memory, with 1 and 2 threads, on
#   - the BBC TABARI sentence records with the given TABARI dictionaries
#     (default: SHARED/data/tabari-dictionaries/CAMEO.full.project), and
#   - the BBC JSONL articles with annalist's own dictionaries.
# Usage: scripts/bench-run.sh SHARED_PATH [DICTIONARIES]
# Prints one line per run and the machine's load. On a loaded machine wall
# time mostly measures the other jobs; sentences per CPU second (user + sys)
# is then the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:?usage: scripts/bench-run.sh SHARED_PATH [DICTIONARIES]}"
dictionaries="${2:-$shared/data/tabari-dictionaries/CAMEO.full.project}"
[[ -x /usr/bin/time ]] || bash scripts/install-deps.sh --test
[[ -x build/annalist ]] || bash scripts/build.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# run NAME THREADS ARGS...: codes, then prints the figures of the run.
run() {
  local name="$1" threads="$2"
  shift 2
  /usr/bin/time -v -o "$out/time" ./build/annalist code --threads "$threads" "$@" \
    -o "$out/records.jsonl" 2>"$out/stderr" || true
  local wall cpu rss sentences
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time" |
         awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$out/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time")
  sentences=$(python3 -c '
import json, sys
print(sum(len(json.loads(l).get("sentences", [])) for l in open(sys.argv[1]) if l.strip()))
' "$out/records.jsonl")
  awk -v n="$name" -v t="$threads" -v s="$sentences" -v w="$wall" -v c="$cpu" -v m="$rss" '
    BEGIN {
      printf "%-34s threads=%d sentences=%d wall=%.2fs %.0f sentences/s", n, t, s, w,
             (w > 0 ? s / w : 0)
      printf "  cpu=%.2fs %.0f sentences/cpu-s  peak=%d MB\n", c, (c > 0 ? s / c : 0), m
    }'
}

for threads in 1 2; do
  run "tabari-records+$(basename "$dictionaries")" "$threads" \
    --dictionaries "$dictionaries" --input-format tabari \
    "$shared/data/news/bbc-2005.sentences.tabari.txt"
done
for threads in 1 2; do
  run "jsonl-articles+default-dicts" "$threads" "$shared/data/news/bbc-2005.articles.jsonl"
done
echo "load: $(uptime)"
