"""What every benchmark shares: the payloads, topic counting, resident memory.

Payloads are real news when ``../shared`` has SaudiNewsNet (research-only: read in place,
never copied), so NER and dedup see the text they will see in production; otherwise the
test suite's generated stories (each its own story, ~120 words) stand in, and the table says
which was used.
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def payloads(n: int, corpus: Path = CORPUS) -> tuple[list[tuple[bytes, bytes]], str]:
    """``n`` (key, RawArticle JSON) pairs, each a distinct article, and where they came from."""
    out: list[tuple[bytes, bytes]] = []
    if corpus.is_file():
        with gzip.open(corpus, "rb") as f:
            for line in f:
                obj = orjson.loads(line)
                body = obj.get("content") or obj.get("body") or ""
                if not body.strip():
                    continue
                i = len(out)
                article = {"id": f"snn-{i}", "source": obj.get("source") or "saudinewsnet", "title": obj.get("title"),
                           "body": body, "published_at": obj.get("date_extracted") or None}
                out.append((article["id"].encode(), orjson.dumps({k: v for k, v in article.items() if v})))
                if len(out) >= n:
                    return out, f"SaudiNewsNet ({corpus.name})"
    from tests.integration.articles import distinct_article

    while len(out) < n:
        a = distinct_article(len(out), "wire")
        out.append((a["id"].encode(), orjson.dumps(a)))
    return out, "generated stories (tests/integration/articles.py)" + (" — corpus too small" if corpus.is_file() else "")


def end_offsets_total(bootstrap: str, topic: str) -> int:
    """Records in ``topic`` (sum of end offsets): cheap to poll, no consumer group."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        ends = consumer.end_offsets([TopicPartition(topic, p) for p in parts])
        return sum(ends.values())
    finally:
        consumer.close()


def wait_for_count(bootstrap: str, topic: str | tuple[str, ...], want: int, timeout: float,
                   poll: float = 0.2) -> tuple[float, float]:
    """Wait until ``topic`` (or the topics together) hold ``want`` records; (first appeared, last did)."""
    topics = (topic,) if isinstance(topic, str) else topic
    deadline = time.monotonic() + timeout
    first = None
    while time.monotonic() < deadline:
        have = sum(end_offsets_total(bootstrap, t) for t in topics)
        now = time.monotonic()
        if have and first is None:
            first = now
        if have >= want:
            if first is None or now - first < poll:  # all of it between two polls: bound it by the poll gap
                first = now - poll
            return first, now
        time.sleep(poll)
    raise TimeoutError(f"{topic}: fewer than {want} records after {timeout:.0f}s")


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS:"))
    except OSError:
        return 0.0
