"""One Kafka message in → the list of records to publish. No Kafka here, so it is unit-testable.

The clean stage (``Processor``, news.raw, parallel) decodes, cleans and extracts, then hands a
StagedArticle with its dedup keys to the dedup stage (``worker/stream/decide.py``, news.dedup).

Everything that can go wrong with an input becomes one DeadLetter output: nothing raises out
of ``process()``, so a hostile message can neither crash the worker nor vanish.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from .. import records
from ..config import Settings
from ..errors import Reason, RejectedInput, StageError, StageTimeout
from ..ner.backend import select_backend
from ..deadline import time_limit
from ..pipeline import enrich, stage, timed
from ..stages.dedup import dedup_keys
from ..records import InputPosition
from .metrics import Metrics

__all__ = ["Output", "Outcome", "Processor"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Output:
    role: str  # key of Settings.topics: enriched, entities, events, stories, dlq
    key: bytes | None
    value: bytes
    partition: int | None = None  # None: by key


@dataclass(slots=True)
class Outcome:
    outputs: list[Output]
    source: str
    dlq_reason: Reason | None = None
    published_at: datetime | None = None
    counts: dict[str, int] = field(default_factory=dict)
    input_ts: float | None = None  # Kafka timestamp (s) of the raw input, when known


class Processor:
    def __init__(self, settings: Settings, metrics: Metrics, clock: Callable[[], datetime] | None = None) -> None:
        self.settings = settings
        self.metrics = metrics
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._timer = timed(lambda stage, seconds: metrics.processing.labels(stage).observe(seconds))
        self._dedup = settings.dedup
        self.ner, why = select_backend(settings.ner_backend, settings.ner_model or None)
        log.info("NER backend: %s", why)

    def process(self, value: bytes | None, key: bytes | None, position: InputPosition | None) -> Outcome:
        s = self.settings
        source = "unknown"
        try:
            with self._timer("decode"):
                raw = records.decode_raw(value, max_bytes=s.max_article_bytes)
            source = raw.source
            with time_limit(s.stage_timeout_s):
                enrichment = enrich(raw, min_arabic_ratio=s.min_arabic_ratio, timer=self._timer, ner=self.ner)
                with stage("dedup_keys", self._timer):
                    keys = dedup_keys(raw.body, enrichment.text, self._dedup)
            with self._timer("encode"):
                now = self.clock()
                article = records.enriched_article(raw, enrichment, position=position, processed_at=now)
                event_ts = position.timestamp_ms / 1000 if position and (position.timestamp_ms or 0) > 0 else now.timestamp()
                staged = records.staged_article(article, content_hash=keys.content_hash,
                                                minhash_b64=keys.signature_b64(), num_perm=self._dedup.num_perm,
                                                event_ts=event_ts)
                outputs = [Output("dedup", article["article_id"].encode(), records.encode(staged))]
                if s.split_related:
                    outputs += [Output("raw", r.id.encode(), records.encode(r.as_record())) for r in enrichment.related]
        except RejectedInput as exc:
            if isinstance(exc, (StageError, StageTimeout)):
                log.warning("stage %s failed on %s: %s", exc.stage, position, exc.detail)
            return self._dead_letter(exc, value, key, position, source)
        except Exception as exc:  # a bug outside the stages (encoding, ids): still never lose the input
            log.exception("unexpected failure on %s", position)
            return self._dead_letter(StageError("worker", exc), value, key, position, source)
        published = records.parse_utc(article["published_at"])
        return Outcome(outputs, source, published_at=published)

    def _dead_letter(
        self, exc: RejectedInput, value: bytes | None, key: bytes | None, position: InputPosition | None, source: str
    ) -> Outcome:
        return dead_letter_outcome(exc, value, key, position, source, at=self.clock(),
                                   max_original_bytes=self.settings.dlq_max_original_bytes)


def dead_letter_outcome(exc: RejectedInput, value: bytes | None, key: bytes | None, position: InputPosition | None,
                        source: str, *, at: datetime, max_original_bytes: int) -> Outcome:
    """The one output of an input that cannot be processed: its DeadLetter (any stage)."""
    letter = records.dead_letter(
        reason=exc.reason, detail=exc.detail, original=value, key=key, position=position, at=at,
        max_original_bytes=max_original_bytes, stage=getattr(exc, "stage", None),
    )
    return Outcome([Output("dlq", key, records.encode(letter))], source, dlq_reason=exc.reason)
