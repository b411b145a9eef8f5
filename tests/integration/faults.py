"""Helpers of the fault suite: what was sent, what came out, and whether any of it is wrong."""

from __future__ import annotations

import base64
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from worker.pipeline import article_id_of
from worker.records import RawArticle
from worker.worker_process import WorkerProcess

from .conftest import consume_until

VOLATILE = ("processed_at",)  # differs between two deliveries of one article by design


def peak_rss_mb(worker: WorkerProcess) -> float:
    """The process's peak resident set (VmHWM), 0 when it is gone."""
    try:
        status = Path(f"/proc/{worker.proc.pid}/status").read_text()
    except (OSError, AttributeError):
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Sent:
    """The inputs of a run: valid articles by article_id, malformed ones by key → DLQ reason."""

    valid: dict[str, dict] = field(default_factory=dict)
    bad: dict[str, str] = field(default_factory=dict)
    messages: list[tuple[bytes, bytes]] = field(default_factory=list)

    def add_article(self, article: dict) -> None:
        self.valid[article_id_of(RawArticle.from_dict(article))] = article
        self.messages.append((article["id"].encode(), orjson.dumps(article)))

    def add_bad(self, key: str, value: bytes, reason: str) -> None:
        self.bad[key] = reason
        self.messages.append((key.encode(), value))


class Producer(threading.Thread):
    """Produces ``messages`` at ``rate`` per second in the background (the faults happen meanwhile)."""

    def __init__(self, settings, messages: list[tuple[bytes, bytes]], rate: float) -> None:
        super().__init__(daemon=True)
        self.settings, self.messages, self.rate = settings, messages, rate
        self.sent = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        from kafka import KafkaProducer

        try:
            producer = KafkaProducer(bootstrap_servers=self.settings.bootstrap, acks="all", linger_ms=5,
                                     retries=20, max_request_size=self.settings.max_message_bytes)
            start = time.monotonic()
            for n, (key, value) in enumerate(self.messages):
                delay = start + n / self.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                producer.send(self.settings.topic_raw, key=key, value=value)
                self.sent = n + 1
            producer.flush()
            producer.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


@dataclass
class Verdict:
    lost: set[str]
    inconsistent: dict[str, int]  # article_id → number of different enriched outputs
    deliveries: int  # enriched records read (redeliveries included)
    dlq: Counter
    dlq_wrong: dict[str, tuple[str, str]]
    dlq_deliveries: int
    entity_conflicts: int
    repeats: dict[str, int]  # topic role → records read more than once (same key, same article)

    @property
    def duplicated(self) -> int:
        return sum(n - 1 for n in self.inconsistent.values())

    def assert_clean(self, context: str = "") -> None:
        assert not self.lost, f"{len(self.lost)} article(s) lost: {sorted(self.lost)[:10]} {context}"
        assert not self.inconsistent, f"articles with different outputs: {dict(list(self.inconsistent.items())[:5])} {context}"
        assert not self.dlq_wrong, f"DLQ reasons wrong or missing: {dict(list(self.dlq_wrong.items())[:5])} {context}"
        assert self.entity_conflicts == 0, f"{self.entity_conflicts} (entity, article) pairs with different records"


def verify(settings, sent: Sent, timeout: float = 240.0, isolation_level: str = "read_uncommitted") -> Verdict:
    """Read every output topic and compare with what was sent."""
    want = set(sent.valid)
    enriched = consume_until(settings, settings.topic_enriched, len(want), timeout=timeout,
                             done=lambda out: want <= {m.key.decode() for m in out}, isolation_level=isolation_level)
    versions: dict[str, set[bytes]] = defaultdict(set)
    for m in enriched:
        record = orjson.loads(m.value)
        for key in VOLATILE:
            record.pop(key, None)
        versions[m.key.decode()].add(orjson.dumps(record, option=orjson.OPT_SORT_KEYS))
    letters = consume_until(settings, settings.topic_dlq, len(sent.bad), timeout=60 if sent.bad else 2,
                            done=lambda out: set(sent.bad) <= {m.key.decode() for m in out if m.key},
                            isolation_level=isolation_level)
    reasons: dict[str, set[str]] = defaultdict(set)
    letters_read = len(letters)
    for m in letters:
        letter = orjson.loads(m.value)
        reasons[base64.b64decode(letter["key_b64"]).decode() if letter.get("key_b64") else ""].add(letter["reason"])
    dlq_wrong = {k: (r, ",".join(sorted(reasons.get(k, ())))) for k, r in sent.bad.items() if reasons.get(k) != {r}}
    entities = consume_until(settings, settings.topic_entities, 0, timeout=3, done=lambda out: False,
                             isolation_level=isolation_level)
    entity_versions: dict[tuple, set[bytes]] = defaultdict(set)
    for m in entities:
        record = orjson.loads(m.value)
        entity_versions[(m.key, record["article_id"])].add(m.value)
    events = consume_until(settings, settings.topic_events, 0, timeout=3, done=lambda out: False,
                           isolation_level=isolation_level)
    repeats = {
        "enriched": len(enriched) - len({m.key for m in enriched}),
        "entities": len(entities) - len(entity_versions),
        "events": len(events) - len({m.key for m in events}),
        "dlq": letters_read - len({m.key for m in letters}),
    }
    return Verdict(
        lost=want - set(versions),
        inconsistent={k: len(v) for k, v in versions.items() if len(v) > 1},
        deliveries=len(enriched),
        dlq=Counter(r for rs in reasons.values() for r in rs),
        dlq_deliveries=letters_read,
        dlq_wrong=dlq_wrong,
        entity_conflicts=sum(1 for v in entity_versions.values() if len(v) > 1),
        repeats=repeats,
    )
