"""``akhbar replay``: produce article files to the raw topic, at a chosen rate, with progress.

JSONL lines are sent byte for byte (a malformed line is sent as it is: the worker's DLQ is
what should handle it). A ``.txt`` file is one article as copied from a page (the seeds'
layout): the whole text is the body, so the worker's clean stage finds the headline, date
stamps and credits itself; its id is the file name and its source the name's first word.
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path
from typing import Iterator

import orjson

from .config import Settings
from .kafka_clients import kafka_python_config

__all__ = ["iter_messages", "replay", "article_from_text"]

SUFFIXES = (".jsonl", ".jsonl.gz", ".txt")


def article_from_text(path: Path) -> dict:
    stem = path.name.removesuffix(".txt")
    return {"id": stem, "source": stem.split("-", 1)[0], "body": path.read_text(encoding="utf-8")}


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES))
    return [path]


def _key_of(line: bytes) -> bytes | None:
    try:
        obj = orjson.loads(line)
        ident = obj.get("id") or obj.get("url") if isinstance(obj, dict) else None
        return str(ident).encode() if ident is not None else None
    except (orjson.JSONDecodeError, UnicodeDecodeError, AttributeError):
        return None


def iter_messages(path: Path) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) for every article in a file or directory."""
    for file in _files(path):
        if file.name.endswith(".txt"):
            article = article_from_text(file)
            yield article["id"].encode(), orjson.dumps(article)
            continue
        opener = gzip.open if file.name.endswith(".gz") else open
        with opener(file, "rb") as fh:
            for line in fh:
                line = line.rstrip(b"\r\n")
                if line.strip():
                    yield _key_of(line), line


def replay(
    settings: Settings, paths: list[Path], *, rate: float = 0.0, limit: int | None = None,
    topic: str | None = None, progress: bool = True,
) -> int:
    from kafka import KafkaProducer
    from tqdm import tqdm

    producer = KafkaProducer(
        acks="all", linger_ms=5, max_request_size=settings.max_message_bytes, **kafka_python_config(settings)
    )
    topic = topic or settings.topic_raw
    sent = 0
    start = time.monotonic()
    bar = tqdm(total=limit, unit="article", disable=not progress, file=sys.stderr, desc=f"replay → {topic}")
    try:
        for path in paths:
            for key, value in iter_messages(path):
                if limit is not None and sent >= limit:
                    break
                if rate > 0:
                    delay = start + sent / rate - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                producer.send(topic, key=key, value=value)
                sent += 1
                bar.update(1)
        producer.flush()
    finally:
        bar.close()
        producer.close()
    elapsed = time.monotonic() - start
    print(f"replayed {sent} article(s) to {topic} in {elapsed:.1f}s ({sent / max(elapsed, 1e-9):.0f}/s)", file=sys.stderr)
    return sent
