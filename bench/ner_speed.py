"""Speed of entity extraction on real news text, one core.

    .venv/bin/python bench/ner_speed.py [--articles 2000] [--corpus ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz]

Prints tokens/s and articles/s for (1) the built-in backend alone (tokenise, features, CRF,
propagation) and (2) the whole entity stage (backend + rules + canonical joins + titles +
offset mapping), after cleaning. Uses SaudiNewsNet (research-only, read from ../shared)
when present, else the repo's two seed articles repeated. The first article (model load,
caches) is not timed.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.ner.backend import default_backend  # noqa: E402
from worker.ner.tokens import tokenize  # noqa: E402
from worker.stages.clean import clean  # noqa: E402
from worker.stages.entities import find_entities, header_names  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def bodies(corpus: Path, n: int) -> list[str]:
    if not corpus.is_file():
        print(f"{corpus} not found: using the seed articles", file=sys.stderr)
        seeds = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
        return (seeds * n)[:n]
    out = []
    with gzip.open(corpus, "rb") as f:
        for line in f:
            body = orjson.loads(line).get("content") or ""
            if len(body) > 200:
                out.append(body)
            if len(out) >= n:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args()
    texts = bodies(args.corpus, args.articles + 1)
    cleaned = [clean(b) for b in texts]
    backend = default_backend()
    backend.find(cleaned[0].text)  # load caches
    cleaned, texts = cleaned[1:], texts[1:]
    tokens = sum(len(tokenize(c.text)) for c in cleaned)

    start = time.process_time()
    spans = sum(len(backend.find(c.text)) for c in cleaned)
    alone = time.process_time() - start
    start = time.process_time()
    entities = 0
    for body, c in zip(texts, cleaned):
        entities += len(find_entities(c.text, c.map, body, backend, article_id="a", dates=c.dates,
                                      header=header_names(body, c.dateline, c.boilerplate)))
    stage = time.process_time() - start
    n = len(cleaned)
    print(f"{n} articles, {tokens:,} tokens ({tokens / n:.0f}/article), CPU seconds of one process")
    print(f"{'step':28} {'tokens/s':>10} {'articles/s':>11}")
    print(f"{'built-in backend alone':28} {tokens / alone:10,.0f} {n / alone:11,.1f}   ({spans:,} spans)")
    print(f"{'whole entity stage':28} {tokens / stage:10,.0f} {n / stage:11,.1f}   ({entities:,} entities)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
