#!/usr/bin/env python3
"""Prints the events of annalist record files as a readable table.

    python3 scripts/show_events.py build/example.jsonl [more.jsonl ...]
    annalist code article.txt | python3 scripts/show_events.py -

One block per article: each event's sentence, source actor, CAMEO code (and
PLOVER type), target actor, the words that triggered it and the dictionary
rule. Articles that failed show their error instead.
"""
import argparse
import json
import signal
import sys


def actor_label(side, actors):
    """'PAKGOV (Pakistan)' for an event side, '-' when there is none."""
    if not side:
        return "-"
    label = side.get("code") or "?"
    index = side.get("actor")
    if index is not None and 0 <= index < len(actors):
        label += " (" + actors[index]["text"] + ")"
    return label


def event_rows(record):
    actors = record.get("actors", [])
    for event in record.get("events", []):
        evidence = event.get("evidence") or {}
        verb = (evidence.get("verb") or {}).get("text", "")
        code = event.get("cameo", "")
        if event.get("negated"):
            code = "not " + code
        if event.get("plover"):
            code += " " + event["plover"]
        yield [
            str(event.get("sentence", "")),
            actor_label(event.get("source"), actors),
            code,
            actor_label(event.get("target"), actors),
            verb,
            evidence.get("rule", ""),
        ]


def print_table(rows, header):
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())


def show(lines, name, skip_empty):
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{name}:{number}: not a JSON record: {e}", file=sys.stderr)
            continue
        rows = list(event_rows(record))
        if skip_empty and not rows and not record.get("error"):
            continue
        published = record.get("published") or "no date"
        sentences = len(record.get("sentences", []))
        print(f"== {record.get('id')} ({published}, {sentences} sentences)")
        if record.get("error"):
            print("  error: " + record["error"].get("message", ""))
            continue
        if rows:
            print_table(rows, ["sent", "source", "event", "target", "words", "rule"])
        else:
            print("  (no events)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="record files (JSONL); - for stdin")
    parser.add_argument("--skip-empty", action="store_true",
                        help="leave out articles without events")
    args = parser.parse_args()
    # Stop quietly when the reader goes away (e.g. piped into head).
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for path in args.files:
        if path == "-":
            show(sys.stdin, "<stdin>", args.skip_empty)
        else:
            with open(path, encoding="utf-8") as f:
                show(f, path, args.skip_empty)


if __name__ == "__main__":
    main()
