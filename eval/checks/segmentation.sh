#!/usr/bin/env bash
# Sentence segmentation agreement: segments the BBC JSONL articles with the
# "segment" stage and counts how many of the 43,669 sentences of the TABARI
# split of the same articles come out as exactly one of our sentences
# (whitespace collapsed; the TABARI file writes "£" as "GBP "). Most of the
# remaining differences are hyphenation artefacts on the TABARI side.
# Fails below eval/floors/segmentation (a percentage).
# Usage: eval/checks/segmentation.sh <shared-dir>
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:?usage: segmentation.sh <shared-dir>}"
records="$(mktemp)"
trap 'rm -f "$records"' EXIT
./build/annalist code --stages segment --threads 2 \
  "$shared/data/news/bbc-2005.articles.jsonl" -o "$records"
figure="$(python3 - "$shared/data/news" "$records" <<'PY'
import json, sys
news, records = sys.argv[1], sys.argv[2]

def norm(s):
    return " ".join(s.replace("\u00a3", "GBP ").split())

texts = {}
with open(f"{news}/bbc-2005.articles.jsonl", encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        texts[a["id"]] = a["text"]
ours = set()
with open(records, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        t = texts[r["id"]]
        ours.update(norm(t[s["start"]:s["end"]]) for s in r["sentences"])
theirs = []
with open(f"{news}/bbc-2005.sentences.tabari.txt", encoding="utf-8") as f:
    for block in f.read().split("\n\n"):
        lines = block.strip().split("\n")
        if len(lines) >= 2:
            theirs.append(norm(" ".join(lines[1:])))
agreed = sum(s in ours for s in theirs)
print(f"{agreed} {len(theirs) - agreed} {100.0 * agreed / len(theirs):.2f}")
PY
)"
read -r agreed differ percent <<<"$figure"
floor="$(cat eval/floors/segmentation)"
echo "segmentation agreement with the TABARI split: $percent% ($agreed of $((agreed + differ)))"
echo "$agreed passed, $differ failed"
awk -v f="$percent" -v m="$floor" 'BEGIN {exit !(f >= m)}' || {
  echo "segmentation agreement $percent is below the floor $floor"
  exit 1
}
