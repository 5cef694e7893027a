#!/usr/bin/env python3
"""What a reader must find in ../shared/examples/seed-article.txt (issues #3, #4).

Reads annalist's record for the article (published 2024-11-14) on stdin and
checks each expectation; prints one line per expectation and
"N passed, M failed". The expectations are about the article, the dictionaries
know nothing of it: each names a source and target country (or code), a CAMEO
root family and, where several events share them, the verb.
"""
import json
import sys

# (what, source code prefix, target code prefix, CAMEO roots, verb or None)
EVENTS = [
    ("Pakistan's demands on the Taliban", "PAK", "AFGGOV", ("02", "10"), None),
    ("the spokesperson's warning", "PAK", "AFGGOV", ("13",), "warned"),
    ("the Russian envoy's visit to Islamabad", "RUS", "PAK", ("04",), "visit"),
    ("Islamabad's accusation that the Taliban shelter the TTP", "PAK", "AFGGOV", ("11",), None),
    ("the Afghan authorities' denial", "AFGGOV", "PAK", ("01", "11", "12"), "denies"),
]


def event_found(record, source, target, roots, verb):
    for e in record["events"]:
        if not e["source"] or not e["target"]:
            continue
        if not e["source"]["code"].startswith(source) or not e["target"]["code"].startswith(target):
            continue
        if e["cameo_root"] not in roots:
            continue
        if verb and (e["evidence"]["verb"] or {}).get("text", "").lower() != verb:
            continue
        return True
    return False


def main():
    record = json.loads(sys.stdin.readline())
    results = []
    for what, source, target, roots, verb in EVENTS:
        results.append((what, event_found(record, source, target, roots, verb)))
    # The spokesperson's quotes ("... she said") name her in full.
    direct = [q for q in record["quotes"] if q["direct"]]
    names = set()
    for q in direct:
        actor = (q["speaker"] or {}).get("actor")
        person = record["actors"][actor] if actor is not None else None
        names.add(person["name"] if person and person["kind"] == "person" else None)
    named = len(names) == 1 and None not in names and len(next(iter(names)).split()) >= 2
    results.append(("every direct quote attributed to the spokesperson by name", bool(direct) and named))
    places = {p["name"] for p in record["places"]}
    for name in ("Kabul", "Islamabad", "Khyber Pakhtunkhwa", "Balochistan"):
        results.append((name + " on the map", name in places))
    values = {t["text"]: t["value"] for t in record["times"]}
    results.append(("Thursday, November 14 = 2024-11-14",
                    values.get("Thursday, November 14") == "2024-11-14"))
    quantities = [(q["value"], q.get("change")) for q in record["quantities"]]
    results.append(("the 65% rise", any(v == 65 for v, _ in quantities)))
    results.append(("the 6,500 fighters", any(v == 6500 for v, _ in quantities)))
    joined = any(c["asserted_by"] and c["denied_by"] and c["supported_by"] for c in record["claims"])
    results.append(("accusation, denial and corroboration joined as one claim", joined))
    failed = 0
    for what, ok in results:
        print(("ok   " if ok else "MISS ") + what)
        failed += 0 if ok else 1
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
