"""The dedup stage: one StagedArticle in → the final records (enriched, entities, events, story).

Pure given its stores (dicts in file mode and tests, faust tables in the worker), so the
decisions are unit-testable without Kafka. Like ``Processor.process`` it never raises: a
StagedArticle it cannot read (only a bug could make one) becomes a DeadLetter.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Callable, MutableMapping

import orjson

from .. import records
from ..errors import StageError
from ..records import InputPosition
from ..stages.dedup import DedupKeys, Deduper
from .metrics import Metrics
from .process import Outcome, Output, dead_letter_outcome

__all__ = ["DedupProcessor", "EVICT_EVERY"]

log = logging.getLogger(__name__)

EVICT_EVERY = 1000  # articles between window sweeps


def _position_key(position: dict | None) -> str | None:
    if not position:
        return None
    return f"{position['topic']}:{position['partition']}:{position['offset']}"


class DedupProcessor:
    def __init__(self, settings, metrics: Metrics, articles: MutableMapping, exact: MutableMapping,
                 stories: MutableMapping, clock: Callable[[], datetime] | None = None) -> None:
        self.settings = settings
        self.metrics = metrics
        self.deduper = Deduper(settings.dedup, articles, exact, stories)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._since_sweep = 0

    def rebuild(self) -> int:
        size = self.deduper.rebuild()
        self._report_sizes()
        return size

    def process(self, value: bytes | None, key: bytes | None, position: InputPosition | None) -> Outcome:
        try:
            staged = orjson.loads(value or b"null")
            records.validate("StagedArticle", staged)
            return self._decide(staged)
        except Exception as exc:  # noqa: BLE001 - never lose the input, never crash the worker
            log.exception("dedup stage failed on %s", position)
            return dead_letter_outcome(StageError("dedup", exc), value, key, position, "unknown", at=self.clock(),
                                       max_original_bytes=self.settings.dlq_max_original_bytes)

    def _decide(self, staged: dict) -> Outcome:
        article = staged["article"]
        d = staged["dedup"]
        keys = DedupKeys(d["content_hash"], DedupKeys.signature_from_b64(d["minhash"]))
        seen_at = (article.get("input") or {}).get("timestamp") or article["processed_at"]
        verdict = self.deduper.decide(
            article_id=article["article_id"], source=article["source"], position=_position_key(article["input"]),
            keys=keys, ts=float(staged["event_ts"]), seen_at=seen_at,
            entities=article["entities"], events=article["events"],
        )
        m = self.metrics
        if verdict.kind == "original":
            m.originals.inc()
        else:
            m.duplicates.labels(verdict.kind).inc()
        self._since_sweep += 1
        if self._since_sweep >= EVICT_EVERY:
            self._since_sweep = 0
            self.deduper.evict()
            self._report_sizes()
        input_ts = records.parse_utc((article.get("input") or {}).get("timestamp"))
        outcome = Outcome([], article["source"], published_at=records.parse_utc(article["published_at"]),
                          input_ts=input_ts.timestamp() if input_ts else None)
        if not verdict.publish:
            return outcome
        duplicate = verdict.duplicate_of is not None
        article = {
            **article, "story_id": verdict.story_id, "duplicate_of": verdict.duplicate_of,
            "similarity": verdict.similarity, "duplicate_kind": verdict.duplicate_kind,
        }
        if duplicate:  # the story's first article already carries them: reuse, do not re-publish
            article["entities"], article["events"] = verdict.entities, verdict.events
        outputs = [Output("enriched", article["article_id"].encode(), records.encode(article))]
        if not duplicate:
            outputs += [Output("entities", e["entity_id"].encode(), records.encode(e)) for e in article["entities"]]
            for e in article["entities"]:
                self.metrics.entities.labels(e["type"]).inc()
            outputs += [Output("events", e["event_id"].encode(), records.encode(e)) for e in article["events"]]
            for e in article["events"]:
                self.metrics.events.labels(e["type"]).inc()
        if verdict.story is not None:
            story = records.story_update(verdict.story)
            outputs.append(Output("stories", story["story_id"].encode(), records.encode(story)))
        outcome.outputs = outputs
        return outcome

    def _report_sizes(self) -> None:
        for store, size in self.deduper.sizes().items():
            self.metrics.dedup_state.labels(store).set(size)
