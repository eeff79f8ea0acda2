#!/usr/bin/env python3
"""Wrong and unnatural rates of a review-corpus judgement, per language and generator.

    scripts/review-rates.py [DATE]      # e.g. 2026-12-06; default: the newest judgement

Reads tests/review/<lang>/judged-DATE.tsv (the labels) beside lines-judged-DATE.tsv (the lines
that were judged, for each line's generator) and prints Markdown tables for the README. Each
row of a lines file is one distinct line (a line several inputs share is one row).
"""
import csv
import pathlib
import sys
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "review"
LANGS = ["en", "sv", "de", "nb", "nl"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def newest_date():
    dates = {p.name[len("judged-"):-len(".tsv")] for p in ROOT.glob("*/judged-*.tsv")}
    return max(dates)


def main():
    date = sys.argv[1] if len(sys.argv) > 1 else newest_date()
    per_lang = {}
    per_generator = defaultdict(Counter)
    for lang in LANGS:
        labels = {row["id"]: row["label"].strip() for row in read(ROOT / lang / f"judged-{date}.tsv")}
        lines = read(ROOT / lang / f"lines-judged-{date}.tsv")
        missing = [row["id"] for row in lines if row["id"] not in labels]
        if missing:
            sys.exit(f"{lang}: no label for {', '.join(missing[:5])}")
        counts = Counter()
        for row in lines:
            label = labels[row["id"]]
            if label not in ("ok", "unnatural", "wrong"):
                sys.exit(f"{lang}: {row['id']} has the label {label!r}")
            counts[label] += 1
            counts["lines"] += 1
            generator = row["generator"]
            per_generator[(generator, lang)][label] += 1
            per_generator[(generator, lang)]["lines"] += 1
        per_lang[lang] = counts

    def pct(counts, label):
        return f"{100 * counts[label] / counts['lines']:.1f} %" if counts["lines"] else "–"

    print(f"Judgement of {date}\n")
    print("| language | lines | wrong | unnatural |")
    print("| --- | --- | --- | --- |")
    for lang in LANGS:
        c = per_lang[lang]
        print(f"| {lang} | {c['lines']} | {pct(c, 'wrong')} | {pct(c, 'unnatural')} |")
    print()
    print("Per generator, wrong / unnatural lines of all lines (en · sv · de · nb · nl):\n")
    print("| generator | " + " | ".join(LANGS) + " |")
    print("| --- |" + " --- |" * len(LANGS))
    generators = sorted({g for g, _ in per_generator})
    for generator in generators:
        cells = []
        for lang in LANGS:
            c = per_generator.get((generator, lang))
            cells.append(f"{c['wrong']}/{c['unnatural']} of {c['lines']}" if c else "–")
        print(f"| {generator} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
