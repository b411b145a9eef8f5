"""Every record on every topic: decoded, validated and encoded here, and only here.

``schemas/`` holds the truth (JSON Schema, draft-07); this module compiles them once with
fastjsonschema and is the single place that knows each record's dict shape. The stream,
file mode and tests all go through it, so a field is never spelt twice.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import fastjsonschema
import orjson
import regex

from .errors import DecodeError, InvalidArticle, Reason

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Enrichment

# Anything but whitespace and format characters (zero-width, bidi controls, BOM, soft hyphen).
_VISIBLE = regex.compile(r"[^\s\p{Cf}]")

__all__ = [
    "SCHEMA_VERSION", "RECORD_KINDS", "RawArticle", "InputPosition", "decode_raw", "validate",
    "encode", "decode", "enriched_article", "entity_mentions", "event", "mention", "staged_article", "story_update", "dead_letter", "utc_iso", "parse_utc",
]

SCHEMA_VERSION = 1
SUPPORTED_RAW_VERSIONS = frozenset({1})
RECORD_KINDS = {
    "RawArticle": "raw_article",
    "EnrichedArticle": "enriched_article",
    "EntityMentions": "entity_mentions",
    "Event": "event",
    "StoryUpdate": "story_update",
    "DeadLetter": "dead_letter",
    "StagedArticle": "staged_article",
}
_SCHEMA_BASE = "https://akhbar.dev/schemas/"


def schema_dir() -> Path:
    """``schemas/`` of the source tree, or the copy packaged into the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "schemas", here / "_schemas"):
        if (candidate / "common.schema.json").is_file():
            return candidate
    raise FileNotFoundError("schemas/ not found next to the worker package")


@functools.lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    return orjson.loads((schema_dir() / f"{name}.schema.json").read_bytes())


def _resolve(uri: str) -> dict[str, Any]:
    if not uri.startswith(_SCHEMA_BASE):
        raise ValueError(f"refusing to fetch remote schema {uri}")
    return load_schema(uri[len(_SCHEMA_BASE):].split("#")[0].removesuffix(".schema.json"))


@functools.lru_cache(maxsize=None)
def _validator(kind: str) -> Callable[[Any], Any]:
    return fastjsonschema.compile(load_schema(RECORD_KINDS[kind]), handlers={"https": _resolve})


def validate(kind: str, record: Any) -> None:
    """Raise ``fastjsonschema.JsonSchemaValueException`` if ``record`` is not a valid ``kind``."""
    _validator(kind)(record)


def encode(record: dict[str, Any]) -> bytes:
    return orjson.dumps(record)


def decode(data: bytes | str) -> Any:
    return orjson.loads(data)


def utc_iso(dt: datetime) -> str:
    """ISO 8601 in UTC with a Z, second precision: the one timestamp format we emit."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class InputPosition:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None = None

    def as_record(self) -> dict[str, Any]:
        ts = None
        if self.timestamp_ms is not None and self.timestamp_ms >= 0:
            ts = utc_iso(datetime.fromtimestamp(self.timestamp_ms / 1000, timezone.utc))
        return {"topic": self.topic, "partition": self.partition, "offset": self.offset, "timestamp": ts}


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A validated input article. ``fields`` keeps the whole decoded object."""

    source: str
    body: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published_at: str | None = None
    language: str | None = None
    fields: dict[str, Any] | None = None

    @property
    def meta(self) -> dict[str, Any]:
        meta = (self.fields or {}).get("meta")
        return meta if isinstance(meta, dict) else {}

    @property
    def parent_article_id(self) -> str | None:
        """Set on articles split off another one's "read also" tail."""
        parent = self.meta.get("parent_article_id")
        return parent if isinstance(parent, str) else None

    def as_record(self) -> dict[str, Any]:
        """The RawArticle record for news.raw (used to publish articles split off a tail)."""
        record = {
            "schema_version": SCHEMA_VERSION, "id": self.id, "url": self.url, "source": self.source,
            "title": self.title, "body": self.body, "published_at": self.published_at, "language": self.language,
            "meta": self.meta,
        }
        validate("RawArticle", record)
        return record

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> "RawArticle":
        raw_id = obj.get("id")
        return cls(
            source=obj["source"], body=obj["body"],
            id=None if raw_id is None else str(raw_id),
            url=obj.get("url"), title=obj.get("title"), published_at=obj.get("published_at"),
            language=obj.get("language"), fields=obj,
        )


def decode_raw(value: bytes | None, *, max_bytes: int) -> RawArticle:
    """Bytes from news.raw → RawArticle, or a RejectedInput with the precise reason."""
    if value is None:
        raise DecodeError(Reason.INVALID_JSON, "message has no value (tombstone)")
    if len(value) > max_bytes:
        raise InvalidArticle(Reason.BODY_TOO_LARGE, f"message is {len(value)} bytes, limit {max_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(Reason.INVALID_UTF8, f"byte {exc.start}: {exc.reason}") from None
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        reason = Reason.INVALID_UTF8 if "surrogate" in str(exc).lower() else Reason.INVALID_JSON
        raise DecodeError(reason, str(exc)) from None
    if not isinstance(obj, dict):
        raise DecodeError(Reason.NOT_AN_OBJECT, f"top-level JSON is {type(obj).__name__}, not an object")
    version = obj.get("schema_version", SCHEMA_VERSION)
    if version not in SUPPORTED_RAW_VERSIONS or isinstance(version, bool):
        raise InvalidArticle(
            Reason.UNSUPPORTED_SCHEMA_VERSION,
            f"schema_version {version!r}, supported {sorted(SUPPORTED_RAW_VERSIONS)}",
        )
    try:
        validate("RawArticle", obj)
    except fastjsonschema.JsonSchemaValueException as exc:
        reason = {"required": Reason.MISSING_FIELD, "type": Reason.WRONG_TYPE}.get(exc.rule, Reason.INVALID_FIELD)
        raise InvalidArticle(reason, exc.message) from None
    if not obj["body"].strip() or not _VISIBLE.search(obj["body"]):
        raise InvalidArticle(Reason.EMPTY_BODY, "body is empty or only whitespace and invisible characters")
    return RawArticle.from_dict(obj)


def enriched_article(
    raw: RawArticle, enrichment: "Enrichment", *, position: InputPosition | None, processed_at: datetime
) -> dict[str, Any]:
    e = enrichment
    return {
        "schema_version": SCHEMA_VERSION,
        "article_id": e.article_id,
        "source": raw.source,
        "source_id": raw.id,
        "url": raw.url,
        "title": e.title,
        "body": raw.body,
        "text": e.text,
        "language": e.language,
        "published_at": e.published_at,
        "updated_at": e.updated_at,
        "dateline": e.dateline,
        "original_source": e.original_source,
        "boilerplate": e.boilerplate,
        "dates": e.dates,
        "related": e.related_ids,
        "parent_article_id": e.parent_article_id,
        "entities": e.entities,
        "events": e.events,
        "duplicate_of": e.duplicate_of,
        "duplicate_kind": None,
        "similarity": e.similarity,
        "story_id": e.story_id,
        "input": position.as_record() if position else None,
        "processed_at": utc_iso(processed_at),
    }


def staged_article(article: dict[str, Any], *, content_hash: str, minhash_b64: str, num_perm: int,
                   event_ts: float) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION, "article": article,
        "dedup": {"content_hash": content_hash, "minhash": minhash_b64, "num_perm": num_perm},
        "event_ts": event_ts,
    }


def mention(start: int, end: int, text: str, confidence: float, kind: str | None = None) -> dict[str, Any]:
    """One mention of an entity: offsets into the original body (``kind``: title | header)."""
    out = {"start": start, "end": end, "text": text, "confidence": round(confidence, 3)}
    if kind:
        out["kind"] = kind
    return out


def entity_mentions(*, article_id: str, entity_id: str, type: str, canonical: str, label_en: str | None,
                    mentions: list[dict[str, Any]], value: dict[str, Any] | None = None) -> dict[str, Any]:
    """EntityMentions: one entity in one article (news.entities value, EnrichedArticle item)."""
    record = {"schema_version": SCHEMA_VERSION, "article_id": article_id, "entity_id": entity_id, "type": type,
              "canonical": canonical, "label_en": label_en, "mentions": mentions}
    if value is not None:
        record["value"] = value
    return record


def event(*, article_id: str, event_id: str, type: str, cameo: str | None, actors: list[dict[str, Any]],
          place: dict[str, Any] | None, date: dict[str, Any] | None, evidence: dict[str, Any], confidence: float,
          modality: dict[str, bool], attributes: dict[str, Any]) -> dict[str, Any]:
    """Event: one typed event in one article (news.events value, EnrichedArticle item)."""
    return {"schema_version": SCHEMA_VERSION, "event_id": event_id, "article_id": article_id, "type": type,
            "cameo": cameo, "actors": actors, "place": place, "date": date, "evidence": evidence,
            "confidence": round(confidence, 3), "modality": modality, "attributes": attributes}


def story_update(story: dict[str, Any]) -> dict[str, Any]:
    """The published form of a story the dedup stage keeps (internal fields dropped)."""
    return {
        "schema_version": SCHEMA_VERSION, "story_id": story["story_id"], "members": story["members"],
        "sources": story["sources"], "first_seen": story["first_seen"], "last_seen": story["last_seen"],
        "size": story["size"],
    }


def dead_letter(
    *, reason: Reason, detail: str, original: bytes | None, key: bytes | None,
    position: InputPosition | None, at: datetime, max_original_bytes: int, stage: str | None = None,
) -> dict[str, Any]:
    original = original or b""
    kept = original[:max_original_bytes]
    return {
        "schema_version": SCHEMA_VERSION,
        "reason": reason.value,
        "detail": detail[:2000],
        "stage": stage,
        "original_b64": base64.b64encode(kept).decode("ascii"),
        "original_size": len(original),
        "original_sha256": hashlib.sha256(original).hexdigest(),
        "original_truncated": len(kept) < len(original),
        "key_b64": None if key is None else base64.b64encode(key).decode("ascii"),
        "input": position.as_record() if position else None,
        "at": utc_iso(at),
    }


def parse_utc(value: str | None) -> datetime | None:
    """Read back a timestamp this module wrote (``utc_iso``)."""
    return datetime.fromisoformat(value) if value else None
