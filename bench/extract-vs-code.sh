#!/usr/bin/env bash
# What the extraction stages cost on top of the coder, on a whole run: times
# `annalist code` over the BBC articles with every stage and with the coder's
# stages only, and prints both, their ratio (issue #4's bar: under 2), and
# each extraction stage's own cost.
#
# A stage's cost is the CPU time a run gains when the stage is added to the
# coder (plus the stages it needs: claims reads quotes), so it includes
# loading the stage's data (the gazetteer for places). Each figure is the
# best of $RUNS runs by user CPU time, since wall time swings with the load
# of a shared machine. One worker thread by default, so that no time is
# spent waiting for work to share out.
#
# Usage: bench/extract-vs-code.sh <shared-dir> [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:?usage: extract-vs-code.sh <shared-dir> [threads]}"
threads="${2:-1}"
runs="${RUNS:-3}"
input="$shared/data/news/bbc-2005.articles.jsonl"
coder="segment,actors,clauses,events"
timing="$(mktemp)"
trap 'rm -f "$timing"' EXIT

# Best user CPU seconds over $runs runs of `annalist code` with stages "$1"
# ("" = every stage).
cpu() {
  local best="" stages=()
  [[ -n "$1" ]] && stages=(--stages "$1")
  for ((r = 0; r < runs; ++r)); do
    /usr/bin/time -f "%U" -o "$timing" ./build/annalist code "$input" --threads "$threads" \
      --data-dir . "${stages[@]}" >/dev/null 2>&1
    best=$(awk -v a="$(cat "$timing")" -v b="$best" 'BEGIN {print (b == "" || a < b) ? a : b}')
  done
  echo "$best"
}

coder_cpu=$(cpu "$coder")
all_cpu=$(cpu "")
printf "coder stages (%s): %.2f s CPU\n" "$coder" "$coder_cpu"
printf "all stages:        %.2f s CPU\n" "$all_cpu"
awk -v a="$all_cpu" -v c="$coder_cpu" 'BEGIN {
  printf "all / coder:       %.2f (extraction %.2f s)\n", a / c, a - c }'

quotes_cpu=$(cpu "$coder,quotes")
for stage in times places quotes quantities claims tone; do
  base="$coder" base_cpu="$coder_cpu"
  if [[ "$stage" == claims ]]; then base="$coder,quotes" base_cpu="$quotes_cpu"; fi
  if [[ "$stage" == quotes ]]; then with="$quotes_cpu"; else with=$(cpu "$base,$stage"); fi
  awk -v s="$stage" -v w="$with" -v b="$base_cpu" 'BEGIN { printf "  %-11s %+.2f s\n", s, w - b }'
done
