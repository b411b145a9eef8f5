"""Dedup quality and cost on the real corpus: precision/recall per kind, articles/s, memory.

    .venv/bin/python bench/dedup_eval.py [--originals 5000] [--variants 2000] [--threshold 0.5]
                                         [--scale 200000] [--store rocksdb|memory]

Originals are SaudiNewsNet articles (read in place from ../shared, research-only). For a
sample of them, variants are made the way republication changes a story: a verbatim repost
under another id/outlet (exact), a changed/added credit or dateline line, a paragraph
dropped, a paragraph added, light word edits (~3%), and punctuation/diacritics/tatweel
variants. Everything goes through the dedup stage in stream order (originals, then the
variants shuffled). A variant is a true positive when it is matched to its own original
(or to an article the corpus already duplicates it with, exact Jaccard >= threshold).
Hard negatives are the originals themselves: an original flagged as a duplicate of an
article whose exact word-shingle Jaccard with it is below the threshold is a false positive
(the corpus has same-outlet templates and same-event stories from several outlets).

Memory is measured apart, at scale (``--scale`` articles with random MinHash signatures,
which is what the state holds per article whatever the text): the resident-set growth of the
process while the dedup stage decides them, with its stores where the worker keeps them
(``--store rocksdb``, the default: faust tables on RocksDB) or in Python dicts (``memory``).
"""

from __future__ import annotations

import argparse
import collections
import gc
import gzip
import tempfile
import random
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.stages.clean import clean  # noqa: E402
from worker.stages.dedup import DedupConfig, DedupKeys, Deduper, dedup_keys, shingles  # noqa: E402
from worker.stream.tables import ROCKSDB_OPTIONS, JsonTable  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
DIACRITICS = "\u064e\u064f\u0650\u0651\u0652"


def load(path: Path, limit: int) -> list[dict]:
    out, seen = [], set()
    with gzip.open(path, "rb") as f:
        for line in f:
            obj = orjson.loads(line)
            body = obj["content"].strip()
            if len(body) > 400 and body not in seen:
                seen.add(body)
                out.append({"id": obj["id"], "source": obj["source"], "body": body})
            if len(out) >= limit:
                break
    return out


def variants(a: dict, donor: dict, rnd: random.Random) -> dict[str, str]:
    body = a["body"]
    paras = [p for p in body.split("\n") if p.strip()]
    words = body.split(" ")
    edited = [w if rnd.random() > 0.03 else rnd.choice(words) for w in words]
    marked = "".join(ch + (rnd.choice(DIACRITICS) if ch.isalpha() and rnd.random() < 0.2 else "") for ch in body)
    return {
        "exact": body,
        "boilerplate": "الرياض - واس\n" + body + "\nالمصدر: وكالة الأنباء السعودية",
        "paragraph_dropped": "\n".join(paras[:-1]) if len(paras) > 2 else body[: int(len(body) * 0.8)],
        "paragraph_added": body + "\n" + donor["body"].split("\n")[0][:300],
        "light_edits": " ".join(edited),
        "normalisation": marked.replace("،", ",").replace("ا", "ــا", 3),
    }


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--originals", type=int, default=5000)
    parser.add_argument("--variants", type=int, default=1000, help="originals that get the six variants")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--scale", type=int, default=200_000, help="articles in the memory measurement (0: skip)")
    parser.add_argument("--store", choices=("rocksdb", "memory"), default="rocksdb")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (SaudiNewsNet lives in ../shared/data/saudinewsnet)")
    rnd = random.Random(7)
    originals = load(args.corpus, args.originals)
    sample = rnd.sample(originals, min(args.variants, len(originals)))
    stream = [(f"o:{a['id']}", a["source"], a["body"], None, None) for a in originals]
    extra = []
    for a in sample:
        for kind, body in variants(a, rnd.choice(originals), rnd).items():
            extra.append((f"v:{kind}:{a['id']}", "mirror", body, kind, f"o:{a['id']}"))
    rnd.shuffle(extra)
    stream += extra

    config = DedupConfig(near_threshold=args.threshold)
    texts, keys = {}, {}
    started = time.perf_counter()
    for aid, _source, body, _kind, _truth in stream:
        texts[aid] = clean(body).text
        keys[aid] = dedup_keys(body, texts[aid], config)
    keys_s = time.perf_counter() - started
    def decide_all() -> tuple[Deduper, dict]:
        deduper = Deduper(config, {}, {}, {})
        return deduper, {aid: deduper.decide(article_id=aid, source=source, position=None, keys=keys[aid], ts=float(n),
                                    seen_at="t", entities=[], events=[])
                for n, (aid, source, _body, _kind, _truth) in enumerate(stream)}

    started = time.perf_counter()
    _, decided = decide_all()
    decide_s = time.perf_counter() - started
    tracemalloc.start()  # a second pass for the heap: tracing slows the timed one
    kept = decide_all()
    current, _peak = tracemalloc.get_traced_memory()
    del kept
    tracemalloc.stop()

    shingle_sets = {}

    def sset(aid: str) -> set:
        if aid not in shingle_sets:
            shingle_sets[aid] = set(shingles(texts[aid], config.shingle))
        return shingle_sets[aid]

    per = collections.defaultdict(collections.Counter)
    for aid, _source, _body, kind, truth in stream:
        v = decided[aid]
        if kind is not None:
            ok = v.duplicate_of is not None and (
                v.duplicate_of == truth or jaccard(sset(v.duplicate_of), sset(truth)) >= args.threshold)
            per[kind]["tp" if ok else "fn"] += 1
            if v.duplicate_of is not None and not ok:
                per[kind]["fp"] += 1
        elif v.duplicate_of is not None:  # an original matched to an earlier corpus article
            real = jaccard(sset(aid), sset(v.duplicate_of)) >= args.threshold
            per["corpus"]["tp" if real else "fp"] += 1

    print(f"originals {len(originals):,} (SaudiNewsNet), variant originals {len(sample):,}, "
          f"articles streamed {len(stream):,}, threshold {args.threshold}, num_perm {config.num_perm}, "
          f"bands {config.bands}x{config.rows}")
    print(f"{'kind':18} {'precision':>9} {'recall':>7} {'F1':>6}   (tp/fp/fn)")
    for kind in ("exact", "boilerplate", "paragraph_dropped", "paragraph_added", "light_edits", "normalisation",
                 "corpus"):
        c = per[kind]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:18} {p:>9.3f} {r:>7.3f} {f1:>6.3f}   ({c['tp']}/{c['fp']}/{c['fn']})")
    print("  corpus = originals the stage matched to an earlier corpus article (recall not defined: no gold)")
    print(f"clean + MinHash keys (clean stage, parallel): {len(stream) / keys_s:,.0f} articles/s per core; "
          f"decide (dedup stage, one partition): {len(stream) / decide_s:,.0f} articles/s")
    per_100k = current / len(stream) * 100_000 / 1e6
    print(f"dedup state with dict stores (Python heap, tracemalloc): {per_100k:,.0f} MB per 100k articles")
    if args.scale:
        memory_at_scale(args.scale, config, args.store)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS:"))


def memory_at_scale(n: int, config: DedupConfig, store: str) -> None:
    """Resident memory the dedup state adds per article, measured with ``n`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        if store == "rocksdb":
            from faust.stores.rocksdb import RocksDBOptions  # opened exactly as the worker's tables are

            options = RocksDBOptions(**ROCKSDB_OPTIONS, use_rocksdict=True)
            dbs = [options.open(Path(tmp) / name) for name in ("articles", "exact", "stories")]
            stores = [JsonTable(db) for db in dbs]
        else:
            dbs, stores = [], [{}, {}, {}]
        deduper = Deduper(config, *stores)
        rng = np.random.default_rng(1)
        gc.collect()
        base = rss_mb()
        started = time.perf_counter()
        checkpoints = {}
        for i in range(n):
            keys = DedupKeys(f"{i:040x}", rng.integers(0, 2**32, config.num_perm, dtype=np.uint64).astype(np.uint32))
            deduper.decide(article_id=f"a{i:020x}", source="wire", position=f"news.raw:0:{i}", keys=keys, ts=float(i),
                           seen_at="2026-11-23T00:00:00Z", entities=[], events=[])
            if (i + 1) % (n // 4) == 0:
                gc.collect()
                checkpoints[i + 1] = rss_mb() - base
        elapsed = time.perf_counter() - started
        growth = " ".join(f"{k:,}: {v:,.0f} MB" for k, v in checkpoints.items())
        last_n, last = max(checkpoints.items())
        first_n, first = min(checkpoints.items())
        slope = (last - first) / (last_n - first_n) * 1_000_000 if last_n > first_n else last / last_n * 1_000_000
        print(f"memory at scale ({store} stores, {n:,} articles, {n / elapsed:,.0f} decisions/s): RSS growth {growth}; "
              f"index {deduper.index.nbytes() / n:,.0f} B/article in arrays; "
              f"marginal ~{slope / 10:,.0f} MB per 100k → ~{last + slope * (1_000_000 - last_n) / 1_000_000:,.0f} MB at 1M")
        for db in dbs:
            db.close()


if __name__ == "__main__":
    main()
