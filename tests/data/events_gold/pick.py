"""Pick the articles of a next events gold set, the way fresh32–fresh37 were picked.

    .venv/bin/python tests/data/events_gold/pick.py 16,8 [--modulus 17] [--count 10]

Why a script: the pick must not look at the extractor's output, and the next engineer should
be able to draw new, untouched articles without re-deriving the rule. The candidates are the
SaudiNewsNet lines of 300–1,500 characters with an encounter word in their first 300
characters, minus every article already in a gold file here and their near-duplicates (5-word
shingles, Jaccard > 0.5: outlets reprint wire stories); every ``modulus``-th candidate at the
given phases, at most two per outlet, the first ``count`` in corpus order. Prints the ids;
annotate them from the text alone, commit the file, then score it once.

The corpus is research-only: it is read in place from ``../shared`` and nothing is copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

from worker.events.evaluate import DEFAULT_CORPUS

HERE = Path(__file__).resolve().parent
ENCOUNTER_WORDS = ("استقبل", "التقى", "اجتمع", "اتصال هاتفي", "مباحثات", "محادثات")
MIN_CHARS, MAX_CHARS, OPENING_CHARS = 300, 1500, 300
NEAR_DUPLICATE = 0.5
PER_OUTLET = 2


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i:i + 5]) for i in range(max(0, len(words) - 4))}


def pick(corpus: Path, phases: set[int], modulus: int, count: int, *, per_outlet: int = PER_OUTLET,
         max_chars: int = MAX_CHARS) -> list[str]:
    taken = {json.loads(line)["id"] for f in HERE.glob("*.jsonl") for line in f.open(encoding="utf-8")}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    gold = [_shingles(a["content"]) for a in articles if a["id"] in taken]
    candidates = [a for a in articles if MIN_CHARS <= len(a["content"]) <= max_chars and a["id"] not in taken
                  and any(w in a["content"][:OPENING_CHARS] for w in ENCOUNTER_WORDS)]
    out: list[str] = []
    per: dict[str, int] = {}
    for k, a in enumerate(candidates):
        if k % modulus not in phases or per.get(a["source"], 0) >= per_outlet:
            continue
        s = _shingles(a["content"])
        if any(len(s & g) / max(1, len(s | g)) > NEAR_DUPLICATE for g in gold):
            continue
        per[a["source"]] = per.get(a["source"], 0) + 1
        out.append(a["id"])
        if len(out) == count:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("phases", help="comma-separated phases of the modulus, e.g. 16,8")
    ap.add_argument("--modulus", type=int, default=17)
    ap.add_argument("--count", type=int, default=10)
    # the defaults have drawn nearly every candidate by fresh51: a next set widens one of these
    # (and says so in the gold README), e.g. --per-outlet 3 or --max-chars 2500
    ap.add_argument("--per-outlet", type=int, default=PER_OUTLET, help="articles per outlet at most")
    ap.add_argument("--max-chars", type=int, default=MAX_CHARS, help="longest article taken")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="SaudiNewsNet jsonl.gz (read in place)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent (research-only corpus, read in place from ../shared; pass --corpus)",
              file=sys.stderr)
        return 2
    print(" ".join(pick(args.corpus, {int(p) for p in args.phases.split(",")}, args.modulus, args.count,
                        per_outlet=args.per_outlet, max_chars=args.max_chars)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
