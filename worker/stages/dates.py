"""Date strings as outlets publish them → timezone-aware UTC datetimes.

Covers the formats seen in the feeds: ISO 8601, Sputnik's "11:49 GMT 03.07.2024",
aggregators' "27th, December 2023 GMT", epoch seconds/milliseconds, Arabic month names
(Egyptian/Gulf "يوليو", Levantine "تموز", Maghrebi "جويلية") with Arabic-Indic digits,
numeric day-first dates ("03/07/2024") and Hijri dates when marked as such ("5 شوال 1436هـ",
"1436/10/30هـ", Umm al-Qura calendar via hijridate). A string we cannot read gives None: a
date is metadata, never a reason to reject an article.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from hijridate import Hijri

from ..lang.ar.normalize import fold_digits

__all__ = ["parse_datetime", "hijri_to_date", "MONTHS", "HIJRI_MONTHS", "MONTH_PATTERN", "HIJRI_MONTH_PATTERN"]

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

HIJRI_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        ("محرم",),
        ("صفر",),
        ("ربيع الأول", "ربيع الاول", "ربيع أول"),
        ("ربيع الثاني", "ربيع الآخر", "ربيع الاخر", "ربيع ثاني"),
        ("جمادى الأولى", "جمادى الاولى", "جمادى الأول"),
        ("جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادى الآخر"),
        ("رجب",),
        ("شعبان",),
        ("رمضان",),
        ("شوال",),
        ("ذو القعدة", "ذي القعدة"),
        ("ذو الحجة", "ذي الحجة"),
    ],
    start=1,
):
    for _name in _names:
        HIJRI_MONTHS[_name] = _num


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(m) for m in names), key=len, reverse=True))


_MONTH_ALT = _alternation(MONTHS)
MONTH_PATTERN = _MONTH_ALT
HIJRI_MONTH_PATTERN = _alternation(HIJRI_MONTHS)
_HIJRI_MARK = r"\s*(?:هـ|ه\b|ھ)"
_HIJRI_NAMED = re.compile(rf"(\d{{1,2}})\s+({HIJRI_MONTH_PATTERN})\s+(\d{{4}}){_HIJRI_MARK}")
_HIJRI_YMD = re.compile(rf"(\d{{4}})\s*[/-]\s*(\d{{1,2}})\s*[/-]\s*(\d{{1,2}}){_HIJRI_MARK}")
_HIJRI_DMY = re.compile(rf"(\d{{1,2}})\s*[/-]\s*(\d{{1,2}})\s*[/-]\s*(\d{{4}}){_HIJRI_MARK}")
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b(?:\s+(\d{1,2}):(\d{2}))?")
_NUMERIC_YMD = re.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b")
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


def hijri_to_date(year: int, month: int, day: int) -> date | None:
    """An Umm al-Qura Hijri date → Gregorian, or None outside the supported range/invalid."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri(s: str) -> datetime | None:
    for pattern, order in ((_HIJRI_NAMED, "dmy"), (_HIJRI_YMD, "ymd"), (_HIJRI_DMY, "dmy")):
        if m := pattern.search(s):
            a, b, c = m.groups()
            if pattern is _HIJRI_NAMED:
                y, mo, d = int(c), HIJRI_MONTHS[b], int(a)
            elif order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            else:
                y, mo, d = int(c), int(b), int(a)
            g = hijri_to_date(y, mo, d)
            return _build(g.year, g.month, g.day) if g else None
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
    if "ه" in s or "ھ" in s:
        if found := _hijri(s):
            return found
    if m := _NUMERIC_YMD.search(s):
        y, mo, d = map(int, m.groups())
        return _build(y, mo, d)
    if m := _NUMERIC_DMY.search(s):
        d, mo, y, hh, mm = m.groups()
        return _build(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    return None
