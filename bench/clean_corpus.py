"""Run the clean stage over a whole corpus and print what it found and how fast.

    .venv/bin/python bench/clean_corpus.py [--corpus ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz] [--limit N]

Reads SaudiNewsNet (research-only: read in place, never copied into the repo) or any JSONL of
RawArticle-like objects (``content``/``body``, ``title``, ``source``). Prints articles/s of
``clean()`` alone, the share of articles with a publication date, with any date mention,
with a dateline, the boilerplate characters removed, and per outlet figures.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.stages.clean import clean  # noqa: E402
from worker.stages.dateline import dateline_from_byline  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def load(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rb") as f:
        for line in f:
            obj = orjson.loads(line)
            body = obj.get("body", obj.get("content")) or ""
            if body.strip():
                out.append({"source": obj.get("source", "?"), "title": obj.get("title"), "body": body,
                            "author": obj.get("author")})
            if limit and len(out) >= limit:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (SaudiNewsNet lives in ../shared/data/saudinewsnet)")
    articles = load(args.corpus, args.limit)
    chars = sum(len(a["body"]) for a in articles)

    start = time.perf_counter()
    results = [clean(a["body"], a["title"]) for a in articles]
    elapsed = time.perf_counter() - start

    per = collections.defaultdict(collections.Counter)
    kinds = collections.Counter()
    for a, c in zip(articles, results):
        o = per[a["source"]]
        o["n"] += 1
        o["published"] += c.published_at is not None
        o["mention"] += bool(c.mentions)
        o["date_found"] += c.published_at is not None or any(not m.relative for m in c.mentions)
        o["dateline"] += c.dateline is not None
        o["dateline_or_byline"] += c.dateline is not None or bool(a["author"] and dateline_from_byline(a["author"]))
        o["bp_chars"] += sum(s["end"] - s["start"] for s in c.boilerplate)
        o["related"] += len(c.related)
        kinds.update(s["kind"] for s in c.boilerplate)
    total = collections.Counter()
    for o in per.values():
        total.update(o)
    n = total["n"]

    print(f"corpus: {args.corpus}  articles: {n:,}  characters: {chars:,}")
    print(f"clean() alone: {n / elapsed:,.0f} articles/s, {chars / elapsed / 1e6:.1f} M chars/s (1 core)")
    print(f"with a publication date stamp in the text:    {total['published'] / n:.1%}"
          "  (SaudiNewsNet records carry only the crawl time)")
    print(f"with a date found (stamp or absolute date):   {total['date_found'] / n:.1%}")
    print(f"with at least one date mention in the text:   {total['mention'] / n:.1%}")
    print(f"with a dateline in the body:                  {total['dateline'] / n:.1%}")
    print(f"  … or in the byline field (meta.author):     {total['dateline_or_byline'] / n:.1%}")
    print(f"boilerplate removed: {total['bp_chars']:,} chars ({total['bp_chars'] / chars:.2%} of all text)")
    print(f"read-also tails split into articles: {total['related']}")
    print("boilerplate spans by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print()
    print(f"{'outlet':14} {'articles':>8} {'date%':>6} {'mention%':>8} {'dateline%':>9} {'+byline%':>8} {'bp chars':>9}")
    for source, o in sorted(per.items(), key=lambda kv: -kv[1]["n"]):
        print(f"{source:14} {o['n']:>8,} {o['published'] / o['n']:>6.1%} {o['mention'] / o['n']:>8.1%} "
              f"{o['dateline'] / o['n']:>9.1%} {o['dateline_or_byline'] / o['n']:>8.1%} {o['bp_chars']:>9,}")


if __name__ == "__main__":
    main()
