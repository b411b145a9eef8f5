"""``enrich()``: one RawArticle in, one Enrichment out. Pure: no I/O, no clock, no Kafka.

The stream worker, file mode (``akhbar enrich``) and the tests all call this same function;
the stages run in a fixed order (clean → extract entities → extract events; dedup keys and the dedup decision
follow in the stream layer) and each is a plain function
over plain data, testable on its own.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager, Iterator

from .deadline import Deadline
from .events.extract import find_events
from .errors import InvalidArticle, Reason, RejectedInput, StageError, StageTimeout
from .lang.ar.normalize import normalize
from .ner.backend import NerBackend, default_backend
from .records import RawArticle, utc_iso
from .stages.clean import Cleaned, clean
from .stages.dateline import dateline_from_byline
from .stages.html_text import unescape
from .stages.dates import parse_datetime
from .stages.entities import find_entities, header_names

__all__ = ["Enrichment", "enrich", "article_id_of", "StageTimer"]

StageTimer = Callable[[str], ContextManager[None]]


@contextmanager
def _no_timer(_stage: str) -> Iterator[None]:
    yield


@dataclass
class Enrichment:
    article_id: str
    text: str
    title: str | None
    language: str
    published_at: str | None
    updated_at: str | None
    story_id: str
    dateline: dict[str, Any] | None = None
    original_source: str | None = None
    boilerplate: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    related: list[RawArticle] = field(default_factory=list)  # articles split off a "read also" tail
    related_ids: list[str] = field(default_factory=list)  # their article ids
    parent_article_id: str | None = None
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    duplicate_of: str | None = None
    similarity: float | None = None


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=10).hexdigest()


def article_id_of(raw: RawArticle) -> str:
    """Stable id: the producer's id within its source, else source+url, else the normalised body."""
    if raw.id:
        return "a" + _digest("id", raw.source, raw.id)
    if raw.url:
        return "a" + _digest("url", raw.source, raw.url)
    return "a" + _digest("body", normalize(raw.body))


@contextmanager
def stage(name: str, timer: StageTimer = _no_timer) -> Iterator[None]:
    """Run one stage: timed, its failure or time-out turned into the article's DLQ reason."""
    try:
        with timer(name):
            yield
    except RejectedInput:
        raise
    except Deadline as exc:  # worker.deadline.time_limit ran out while this stage ran
        raise StageTimeout(name, exc.seconds) from exc
    except Exception as exc:  # a stage bug must send the article to the DLQ, not kill the worker
        raise StageError(name, exc) from exc


def _related_articles(raw: RawArticle, article_id: str, cleaned: Cleaned) -> list[RawArticle]:
    """Each article carried in the tail, as its own RawArticle linked to its parent."""
    return [
        RawArticle(
            source=raw.source, body=r.body, id=f"{article_id}/related/{n}", title=r.title,
            fields={"meta": {"parent_article_id": article_id, "split_from": "read_also",
                             "parent_span": [r.start, r.end]}},
        )
        for n, r in enumerate(cleaned.related, start=1)
    ]


def _byline_dateline(raw: RawArticle) -> dict[str, Any] | None:
    """Feeds that keep the dateline in a separate author field (meta.author / meta.byline)."""
    for name in ("byline", "author"):
        value = raw.meta.get(name)
        if isinstance(value, str) and value.strip() and (found := dateline_from_byline(unescape(value))):
            return {**found.as_record(), "from": f"meta.{name}"}
    return None


def enrich(raw: RawArticle, *, min_arabic_ratio: float = 0.0, timer: StageTimer = _no_timer,
           ner: NerBackend | None = None) -> Enrichment:
    """``ner``: the entity backend (``worker.ner.backend.select_backend``); None → the built-in one."""
    with stage("clean", timer):
        given = parse_datetime(raw.published_at)
        cleaned = clean(raw.body, raw.title, published_at=given)
        if not any(c.isalnum() for c in cleaned.text):  # "<br>", "…": the body held no words
            raise InvalidArticle(Reason.EMPTY_BODY, "no words left after cleaning (markup or punctuation only)")
        ratio = cleaned.arabic_ratio
        if ratio < min_arabic_ratio:
            raise InvalidArticle(
                Reason.NOT_ARABIC, f"{ratio:.0%} of letters are Arabic, minimum {min_arabic_ratio:.0%}"
            )
        published = given or cleaned.published_at
        article_id = article_id_of(raw)
        related = _related_articles(raw, article_id, cleaned)
        dateline = cleaned.dateline or _byline_dateline(raw)
    with stage("entities", timer):
        entities = find_entities(
            cleaned.text, cleaned.map, raw.body, ner or default_backend(), article_id=article_id, dates=cleaned.dates,
            header=header_names(raw.body, cleaned.dateline, cleaned.boilerplate),
        )
    with stage("events", timer):
        events = find_events(cleaned.text, cleaned.map, raw.body, entities, article_id=article_id,
                             published_at=utc_iso(published) if published else None)
    return Enrichment(
        article_id=article_id,
        text=cleaned.text,
        title=cleaned.title,
        language=cleaned.language,
        published_at=utc_iso(published) if published else None,
        updated_at=utc_iso(cleaned.updated_at) if cleaned.updated_at else None,
        story_id="s" + article_id[1:],
        dateline=dateline,
        original_source=cleaned.original_source,
        boilerplate=cleaned.boilerplate,
        dates=cleaned.dates,
        related=related,
        related_ids=[article_id_of(r) for r in related],
        parent_article_id=raw.parent_article_id,
        entities=entities,
        events=events,
    )


def timed(observe: Callable[[str, float], None]) -> StageTimer:
    """A StageTimer that reports each stage's wall time to ``observe(stage, seconds)``."""

    @contextmanager
    def timer(stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            observe(stage, time.perf_counter() - start)

    return timer
