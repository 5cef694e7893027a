#!/usr/bin/env bash
# Kill-and-resume: runs `annalist ingest` over news articles, SIGKILLs it at
# random moments (at least 20 times, each run resuming the previous one), lets
# the last run finish, and compares every stored row with a clean run's.
# Counts one check per kill that landed mid-run, plus the final comparison;
# fails when the rows differ or too few kills landed (floor:
# eval/floors/store-resume, the number of kills that must land).
# Usage: eval/checks/store-resume.sh <shared-dir> [articles]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: store-resume.sh <shared-dir> [articles]}"
articles="${2:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n "$articles" "$shared/data/news/bbc-2005.articles.jsonl" >"$work/input.jsonl"
ingest=(./build/annalist ingest "$work/input.jsonl" --batch 4 --data-dir .)

# The rows that matter, without ids and timestamps: stable across runs.
dump() {
  sqlite3 "$1" <<'SQL'
SELECT 'article', key, doc_id, url, title, published, tone, length(text) FROM articles ORDER BY key;
SELECT 'error', key, message FROM ingest_errors ORDER BY key;
SELECT 'sentence', a.key, s.idx, s.start_byte, s.end_byte FROM sentences s
  JOIN articles a ON a.id = s.article_id ORDER BY a.key, s.idx;
SELECT 'actor', a.key, x.idx, x.code, x.start_byte FROM actors x
  JOIN articles a ON a.id = x.article_id ORDER BY a.key, x.idx;
SELECT 'event', key, num_mentions, num_sources, num_articles, round(avg_tone, 6) FROM events
  ORDER BY key;
SELECT 'mention', a.key, m.idx, e.key, m.verb, m.rule FROM event_mentions m
  JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
  ORDER BY a.key, m.idx;
SELECT 'fts', count(*) FROM sentences_fts WHERE sentences_fts MATCH 'the';
SELECT 'term', t.term, t.day, e.key FROM event_terms t JOIN events e ON e.id = t.event_id
  ORDER BY 2, 3, 4;
SELECT 'rollup', dimension, key, events, mentions, goldstein_milli FROM event_rollups
  ORDER BY 2, 3;
SELECT 'quote', count(*) FROM quotes; SELECT 'place', count(*) FROM places;
SELECT 'time', count(*) FROM times; SELECT 'quantity', count(*) FROM quantities;
SELECT 'claim', count(*) FROM claims;
SQL
}

start=$(date +%s%N)
"${ingest[@]}" --db "$work/clean.db" 2>/dev/null || true
clean_seconds=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
echo "clean run: ${clean_seconds}s for $articles articles"

dump "$work/clean.db" >"$work/clean.txt"
rows=$(wc -l <"$work/clean.txt")
failed=0
series=0
# Compares a resumed store with the clean one; starts a fresh series.
finish_series() {
  dump "$work/killed.db" >"$work/killed.txt"
  if ! cmp -s "$work/clean.txt" "$work/killed.txt"; then
    echo "series $series: rows differ after kill and resume:"
    diff "$work/clean.txt" "$work/killed.txt" | head -20
    failed=$((failed + 1))
  fi
  rm -f "$work/killed.db" "$work/killed.db-wal" "$work/killed.db-shm"
  series=$((series + 1))
}

landed=0
attempts=0
while ((landed < 25 && attempts < 100)); do
  # A random moment within the time a whole run takes. A run that finishes
  # before its kill completes its series, which is then compared.
  delay=$(awk -v max="$clean_seconds" -v r="$RANDOM" 'BEGIN {printf "%.3f", (r / 32768) * max}')
  "${ingest[@]}" --db "$work/killed.db" 2>/dev/null &
  pid=$!
  sleep "$delay"
  # Still running (not a zombie that already exited)? Then the kill lands mid-run.
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
  if [[ -n "$state" && "$state" != Z ]] && kill -9 "$pid" 2>/dev/null; then
    landed=$((landed + 1))
    wait "$pid" 2>/dev/null || true
  else
    wait "$pid" 2>/dev/null || true
    finish_series
  fi
  attempts=$((attempts + 1))
done
"${ingest[@]}" --db "$work/killed.db" 2>/dev/null || true
finish_series
if ((failed == 0)); then
  echo "$landed SIGKILLs mid-run over $series resumed series: every series ended with all" \
    "$rows rows identical to the clean run"
fi
floor="$(cat eval/floors/store-resume)"
if ((landed < floor)); then
  echo "only $landed kills landed mid-run (floor $floor)"
  failed=$((failed + 1))
fi
echo "$((series - failed)) passed, $failed failed"
((failed == 0))
