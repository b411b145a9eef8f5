"""The clean stage: original body → cleaned text plus header metadata.

The original body is never modified; every line removed is recorded as a span
(``body[start:end] == text``) so downstream offsets can always be mapped back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..lang.ar.script import arabic_ratio, language_from_ratio
from .dates import parse_datetime

__all__ = ["Cleaned", "clean", "HEADER_LINES"]

HEADER_LINES = 4  # date stamps are looked for in the first lines only
_UPDATED = re.compile(r"(?:تم التحديث|آخر تحديث|updated)\s*:?", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*\n?")


@dataclass
class Cleaned:
    text: str
    title: str | None
    language: str
    arabic_ratio: float
    published_at: datetime | None = None
    updated_at: datetime | None = None
    boilerplate: list[dict] = field(default_factory=list)


def _lines(body: str):
    """(start, end, stripped_line) for each non-empty line, offsets into ``body``."""
    for m in _LINE.finditer(body):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped:
            start = m.start() + (len(raw) - len(raw.lstrip()))
            yield start, start + len(stripped), stripped


def _date_stamp(line: str) -> tuple[datetime | None, datetime | None] | None:
    """A header line that is only a publication/update stamp → its dates, else None."""
    if len(line) > 120:
        return None
    parts = _UPDATED.split(line, maxsplit=1)
    published = parse_datetime(parts[0])
    if published is None:
        return None
    updated = parse_datetime(parts[1]) if len(parts) > 1 else None
    return published, updated


def clean(body: str, title: str | None = None) -> Cleaned:
    kept: list[str] = []
    boilerplate: list[dict] = []
    published = updated = None
    for index, (start, end, line) in enumerate(_lines(body)):
        stamp = _date_stamp(line) if index < HEADER_LINES and published is None else None
        if stamp:
            published, updated = stamp
            boilerplate.append({"start": start, "end": end, "text": body[start:end], "kind": "date_stamp"})
            continue
        kept.append(line)
    text = "\n".join(kept)
    ratio = arabic_ratio(text)
    return Cleaned(
        text=text, title=title.strip() if title else None, language=language_from_ratio(ratio), arabic_ratio=ratio,
        published_at=published, updated_at=updated, boilerplate=boilerplate,
    )
