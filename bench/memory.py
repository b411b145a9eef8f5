"""Resident memory of the worker's state with 0, 100k and 1M articles in the dedup window.

    .venv/bin/python bench/memory.py [--articles 1000000]

A worker's memory is its NER model, its Python heap and the dedup state: three faust tables
on RocksDB (opened with the worker's options) and the in-memory LSH index. Filling a live
worker's window with 1M articles through Kafka takes hours at pipeline speed, so this
process loads exactly those components — the worker's ``Processor`` (model included) and
its ``Deduper`` on RocksDB — and feeds the dedup stage 1M decisions with random MinHash
signatures (what the state holds per article whatever the text). It prints the process RSS
at each checkpoint; ``bench/run.py`` adds the live worker's RSS after its runs.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import rss_mb  # noqa: E402
from worker.config import Settings  # noqa: E402
from worker.stages.dedup import DedupKeys, Deduper  # noqa: E402
from worker.stream.metrics import Metrics  # noqa: E402
from worker.stream.process import Processor  # noqa: E402
from worker.stream.tables import ROCKSDB_OPTIONS, JsonTable  # noqa: E402

CHECKPOINTS = (100_000, 1_000_000)


def measure(articles: int) -> dict[int, float]:
    """{articles in the window: RSS in MB}."""
    settings = Settings()
    processor = Processor(settings, Metrics())  # the NER model and every lexicon, as in a worker
    processor.process(b'{"source": "x", "body": "\\u0642\\u0627\\u0644 \\u0627\\u0644\\u0631\\u0626\\u064a\\u0633"}', None, None)
    from faust.stores.rocksdb import RocksDBOptions

    out: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        options = RocksDBOptions(**ROCKSDB_OPTIONS, use_rocksdict=True)
        dbs = [options.open(Path(tmp) / name) for name in ("articles", "exact", "stories")]
        deduper = Deduper(settings.dedup, *(JsonTable(db) for db in dbs))
        rng = np.random.default_rng(1)
        gc.collect()
        out[0] = rss_mb()
        marks = [c for c in CHECKPOINTS if c <= articles] or [articles]
        started = time.perf_counter()
        for i in range(marks[-1]):
            keys = DedupKeys(f"{i:040x}", rng.integers(0, 2**32, settings.dedup_num_perm, dtype=np.uint64).astype(np.uint32))
            deduper.decide(article_id=f"a{i:020x}", source="wire", position=f"news.raw:0:{i}", keys=keys, ts=float(i),
                           seen_at="2026-11-23T00:00:00Z", entities=[], events=[])
            if i + 1 in marks:
                gc.collect()
                out[i + 1] = rss_mb()
                print(f"  {i + 1:,} articles in the window: RSS {out[i + 1]:,.0f} MB "
                      f"({(i + 1) / (time.perf_counter() - started):,.0f} decisions/s)", file=sys.stderr)
        for db in dbs:
            db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000_000)
    args = parser.parse_args()
    for n, mb in measure(args.articles).items():
        print(f"{n:>9,} articles: {mb:,.0f} MB")


if __name__ == "__main__":
    main()
