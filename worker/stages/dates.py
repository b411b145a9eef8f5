"""Date strings as outlets publish them → timezone-aware UTC datetimes.

Covers the formats seen in the feeds: ISO 8601, Sputnik's "11:49 GMT 03.07.2024",
aggregators' "27th, December 2023 GMT", epoch seconds/milliseconds, and Arabic month names
(Egyptian/Gulf "يوليو", Levantine "تموز") with Arabic-Indic digits. A string we cannot read
gives None: a date is metadata, never a reason to reject an article.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..lang.ar.normalize import fold_digits

__all__ = ["parse_datetime", "MONTHS"]

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        ("january", "jan", "يناير", "كانون الثاني", "جانفي"),
        ("february", "feb", "فبراير", "شباط", "فيفري"),
        ("march", "mar", "مارس", "آذار", "اذار"),
        ("april", "apr", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل"),
        ("may", "مايو", "أيار", "ايار", "ماي"),
        ("june", "jun", "يونيو", "حزيران", "جوان"),
        ("july", "jul", "يوليو", "تموز", "جويلية"),
        ("august", "aug", "أغسطس", "اغسطس", "آب", "اب", "أوت"),
        ("september", "sep", "sept", "سبتمبر", "أيلول", "ايلول"),
        ("october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
        ("november", "nov", "نوفمبر", "تشرين الثاني"),
        ("december", "dec", "ديسمبر", "كانون الأول", "كانون الاول"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _num

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_GMT_DOTTED = re.compile(r"(\d{1,2}):(\d{2})\s*(?:GMT|UTC)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DAY_MONTH_YEAR = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_MONTH_ALT})\s*,?\s+(\d{{4}})"
    r"(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(rf"({_MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE)
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _build(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
    except ValueError:
        return None


def parse_datetime(text: str | None) -> datetime | None:
    """Parse ``text`` (one date string, or a line that contains one) to UTC, or None."""
    if not text:
        return None
    s = fold_digits(text.strip())[:200]
    if _EPOCH.match(s):
        value = int(s)
        return datetime.fromtimestamp(value / 1000 if len(s) == 13 else value, timezone.utc)
    try:
        return _utc(datetime.fromisoformat(s))
    except ValueError:
        pass
    if m := _GMT_DOTTED.search(s):
        hh, mm, d, mo, y = map(int, m.groups())
        return _build(y, mo, d, hh, mm)
    if m := _DAY_MONTH_YEAR.search(s):
        d, month, y, hh, mm, ss = m.groups()
        return _build(int(y), MONTHS[month.lower()], int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    if m := _MONTH_DAY_YEAR.search(s):
        month, d, y = m.groups()
        return _build(int(y), MONTHS[month.lower()], int(d))
    return None
