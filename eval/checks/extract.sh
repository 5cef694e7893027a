#!/usr/bin/env bash
# Quotes (with the right speaker) and dates (span and TIMEX3 value) against the
# hand annotations in eval/gold/{quotes,times}; fails below eval/floors/quotes-f1
# or eval/floors/times-f1. Usage: eval/checks/extract.sh <shared-dir>
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: extract.sh <shared-dir>}"
out="$(./build/extract_eval --articles "$shared/data/news/bbc-2005.articles.jsonl" \
  --gold eval/gold --data-dir .)"
echo "$out"
passed=0
failed=0
for name in quotes-f1 times-f1; do
  figure="$(awk -v n="$name" '$1 == n {print $2}' <<<"$out")"
  floor="$(cat "eval/floors/$name")"
  if awk -v f="$figure" -v m="$floor" 'BEGIN {exit !(f >= m)}'; then
    passed=$((passed + 1))
  else
    echo "$name $figure is below the floor $floor"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
