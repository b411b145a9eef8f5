"""The clean stage: the body as received → the article text plus what was around it.

The original body is never modified. Cleaning works on a *view* of it (the body itself, or
its readable text when it is HTML) and builds the cleaned text from kept pieces of that
view, so every character of the result maps back to the original (``Cleaned.map``), and
every piece removed is reported as a span with ``body[start:end] == text``.

Order matters and follows how articles are laid out: header (title, date stamps), then
the first paragraph's dateline, the body, and the footer (source line, tags, contact,
"read also" tail carrying other articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..lang.ar.normalize import normalize
from ..lang.ar.script import arabic_ratio, language_from_ratio
from ..textmap import MappedText, TextBuilder
from . import boilerplate as bp
from .dateline import find_dateline
from .dates import MONTH_PATTERN, parse_datetime
from .html_text import html_view, looks_like_html, unescape
from .temporal import TimeMention, find_dates

__all__ = ["Cleaned", "Related", "clean", "HEADER_LINES"]

HEADER_LINES = 5  # title and date stamps are looked for in the first lines only
_UPDATED = re.compile(r"\(?\s*(?:تم التحديث|آخر تحديث|updated)\s*:?", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = (".", "!", "؟", "?", ":", "،", "؛")
_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30
_MIN_RELATED_PARAGRAPH = 80  # a "read also" tail is an article only if it has a real paragraph


@dataclass(frozen=True, slots=True)
class Related:
    """An article found in this one's "read also" tail (its body is a slice of the original)."""

    title: str | None
    body: str
    start: int
    end: int


@dataclass
class Cleaned:
    text: str
    map: MappedText  # cleaned text offsets → original body offsets
    title: str | None
    language: str
    arabic_ratio: float
    published_at: datetime | None = None
    updated_at: datetime | None = None
    boilerplate: list[dict] = field(default_factory=list)
    dateline: dict | None = None
    original_source: str | None = None
    mentions: list[TimeMention] = field(default_factory=list)  # offsets into ``text``
    dates: list[dict] = field(default_factory=list)  # the same, offsets into the original body
    related: list[Related] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map.original_span(start, end)


@dataclass(slots=True)
class _Line:
    start: int  # offsets into the view
    end: int

    def text(self, view: str) -> str:
        return view[self.start:self.end]


def _lines(view: str) -> list[_Line]:
    """Non-empty lines, stripped, as offsets into ``view``."""
    out = []
    for m in _LINE.finditer(view):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped:
            start = m.start() + (len(raw) - len(raw.lstrip()))
            out.append(_Line(start, start + len(stripped)))
    return out


# What a stamp line may contain besides the date itself: labels, zones, weekdays.
_STAMP_WORDS = re.compile(
    r"تاريخ النشر|نشر في|نشر بتاريخ|تاريخ الإضافة|آخر تحديث|تم التحديث|التاريخ|بتوقيت|غرينتش|مكة|الساعة"
    r"|صباحا|صباحاً|مساء|مساءً|GMT|UTC|published|updated|st|nd|rd|th|هـ|م\b|ص\b"
    r"|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|[^\W\d_]*(?:" + MONTH_PATTERN + ")",
    re.IGNORECASE,
)
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def _is_stamp_shaped(line: str) -> bool:
    """Only a date and its labels: a sentence that merely contains a date is not a stamp."""
    rest = _STAMP_WORDS.sub(" ", line)
    return not line.strip().isdigit() and sum(map(len, _LETTER_RUNS.findall(rest))) <= 3


def _date_stamp(line: str) -> tuple[datetime, datetime | None] | None:
    """A header line that is only a publication/update stamp → its dates, else None."""
    if len(line) > 120 or not _is_stamp_shaped(line):
        return None
    labelled = bp.date_label(line)
    parts = _UPDATED.split(labelled if labelled is not None else line, maxsplit=1)
    published = parse_datetime(parts[0])
    if published is None:
        return None
    updated = parse_datetime(parts[1]) if len(parts) > 1 else None
    return published, updated


def _is_headline(line: str, following: list[str]) -> bool:
    """Short, unpunctuated, and followed by real paragraphs (a poem's first verse is not a title)."""
    return (
        len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_TITLE_WORDS
        and not line.endswith(_SENTENCE_END)
        and any(len(t) >= max(2 * len(line), 100) for t in following[:8])
    )


class _Cleaner:
    """One article's cleaning state across passes: the current view and what was found so far."""

    def __init__(self, body: str, title: str | None) -> None:
        self.body = body
        self.view = html_view(body) if looks_like_html(body) else MappedText.identity(body)
        self.title = title
        self.spans: list[dict] = []
        self.published: datetime | None = None
        self.updated: datetime | None = None
        self.dateline: dict | None = None
        self.original_source: str | None = None
        self.related: list[Related] = []

    def span(self, start: int, end: int, kind: str) -> None:
        o_start, o_end = self.view.original_span(start, end)
        self.spans.append({"start": o_start, "end": o_end, "text": self.body[o_start:o_end], "kind": kind})

    def line_text(self, line: _Line) -> str:
        return line.text(self.view.text)


MAX_PASSES = 16  # a pass runs only when the previous one removed something; two is the norm


def clean(body: str, title: str | None = None, published_at: datetime | None = None) -> Cleaned:
    """Clean one article body. ``title``/``published_at`` come from the record when it has them.

    Passes repeat on their own output until nothing more is removed (a headline only
    recognisable once the credits under it are gone, two stacked datelines…), so cleaning
    is idempotent: ``clean(c.text, c.title)`` finds nothing left to remove.
    """
    c = _Cleaner(body, unescape(title).strip() if title else None)
    for _ in range(MAX_PASSES):
        found = len(c.spans)
        c.view = _pass(c)
        if len(c.spans) == found:  # nothing removed: another pass would see the same lines
            break
    mapped = c.view
    text = mapped.text
    anchor = published_at or c.published
    mentions = find_dates(text, anchor)
    dates = []
    for m in mentions:
        o_start, o_end = mapped.original_span(m.start, m.end)
        dates.append({**m.as_record(), "start": o_start, "end": o_end, "text": body[o_start:o_end]})
    ratio = arabic_ratio(text)
    c.spans.sort(key=lambda s: s["start"])
    return Cleaned(
        text=text, map=mapped, title=c.title or None, language=language_from_ratio(ratio), arabic_ratio=ratio,
        published_at=c.published, updated_at=c.updated, boilerplate=c.spans, dateline=c.dateline,
        original_source=c.original_source, mentions=mentions, dates=dates, related=c.related,
    )


def _pass(c: _Cleaner) -> MappedText:
    """One cleaning pass over ``c.view``; returns the view of what is kept."""
    lines = _lines(c.view.text)
    text_of = c.line_text
    keep = [True] * len(lines)

    # Header: title line (and its repeats), date stamps.
    for i, line in enumerate(lines[:HEADER_LINES]):
        s = text_of(line)
        if c.title and all(not keep[j] for j in range(i)) and normalize(s) == normalize(c.title):
            keep[i] = False
            c.span(line.start, line.end, "title")
        elif stamp := _date_stamp(s):
            if c.published is None:
                c.published, c.updated = stamp
            keep[i] = False
            c.span(line.start, line.end, "date_stamp")
    if not c.title and lines and keep[0]:
        first = text_of(lines[0])
        if _is_headline(first, [text_of(line) for line in lines[1:9]]) and not find_dateline(first):
            c.title = first
            keep[0] = False
            c.span(lines[0].start, lines[0].end, "title")

    # Footer: a "read also" tail carries other articles; cut it off first.
    for i in range(1, len(lines)):
        if bp.is_tail_marker(text_of(lines[i])):
            c.related += _related(c, lines[i + 1:])
            c.span(lines[i].start, lines[-1].end, "read_also")
            for j in range(i, len(lines)):
                keep[j] = False
            break

    # Line rules.
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        s = text_of(line)
        found = bp.classify_line(s)
        if found is None and (label := bp.date_label(s)) is not None:
            when = parse_datetime(label)
            if when is not None:
                found = ("date_stamp", None)
                c.published = c.published or when
        if found:
            kind, value = found
            if kind == "source" and value and c.original_source is None:
                c.original_source = value.strip()
            keep[i] = False
            c.span(line.start, line.end, kind)

    kept = [line for i, line in enumerate(lines) if keep[i]]
    if kept:
        dateline = _strip_head(c, kept)
        c.dateline = c.dateline or dateline
        kept = [line for line in kept if line.end > line.start]
    if kept:
        _strip_inline_tail(c, kept)
    kept = [line for line in kept if line.end > line.start]

    out = TextBuilder()
    for n, line in enumerate(kept):
        if n:
            out.insert("\n", c.view.original_span(line.start, line.start)[0])
        out.copy(c.view, line.start, line.end)
    return out.build()


def _strip_head(c: _Cleaner, kept: list[_Line]) -> dict | None:
    """Gallery navigation and the dateline(s) at the head of the first kept lines.

    Some feeds stack two ("Next Previous عين اليوم – واس" then a reporter line); all are
    removed, the first one is the article's dateline.
    """
    first_found = None
    for i, line in enumerate(kept):
        s = c.line_text(line)
        if skip := bp.navigation_prefix(s):
            c.span(line.start, line.start + skip, "navigation")
            line.start += skip
            s = c.line_text(line)
        found = find_dateline(s) if s else None
        if not found:
            break
        end = line.start + found.end
        c.span(line.start, end, "dateline")
        o_start, o_end = c.view.original_span(line.start, end)
        first_found = first_found or {**found.as_record(), "start": o_start, "end": o_end}
        line.start = end
        while line.start < line.end and c.view.text[line.start].isspace():
            line.start += 1
        if line.start < line.end:  # the paragraph goes on after its dateline
            break
    return first_found


def _strip_inline_tail(c: _Cleaner, kept: list[_Line]) -> None:
    last = kept[-1]
    found = bp.inline_tail(c.line_text(last))
    if found:
        at, kind = found
        c.span(last.start + at, last.end, kind)
        last.end = last.start + at
        while last.end > last.start and c.view.text[last.end - 1].isspace():
            last.end -= 1


def _related(c: _Cleaner, tail: list[_Line]) -> list[Related]:
    """The article carried by a "read also" tail: headline line, then its body."""
    if not tail:
        return []
    texts = [c.line_text(line) for line in tail]
    if not any(len(t) >= _MIN_RELATED_PARAGRAPH for t in texts):
        return []  # only headlines/links: nothing to process on its own
    title = None
    first = 0
    if _is_headline(texts[0], texts[1:]):
        title, first = texts[0], 1
    o_start, _ = c.view.original_span(tail[first].start, tail[first].end)
    _, o_end = c.view.original_span(tail[-1].start, tail[-1].end)
    return [Related(title, c.body[o_start:o_end], o_start, o_end)]
