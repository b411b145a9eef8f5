"""Datelines: "موسكو-سانا", "القاهرة - (أ ش أ) -", "بيروت ـ «القدس العربي»:", "(رويترز) -".

A dateline is the head of the first body line: up to three short parts joined by dashes
(place, agency, reporter in any order), closed by a colon, a dash, "../" or the end of the
line. It is accepted only when one part is a known agency (or written as one: in brackets
or guillemets) or a known place, so an ordinary first sentence is never eaten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.ar.normalize import normalize
from ..resources import lookup_place

__all__ = ["Dateline", "find_dateline", "dateline_from_byline", "AGENCIES"]

# Arabic forms (as written) → canonical agency/outlet name.
AGENCIES: dict[str, str] = {}
for _canonical, _forms in {
    "SANA": ("سانا", "الوكالة العربية السورية للأنباء"),
    "SPA": ("واس", "وكالة الأنباء السعودية"),
    "MENA": ("أ ش أ", "أ.ش.أ", "ا ش ا", "وكالة أنباء الشرق الأوسط"),
    "Reuters": ("رويترز",),
    "AFP": ("أ ف ب", "أ.ف.ب", "ا ف ب", "أ. ف. ب", "فرانس برس", "فرانس بريس"),
    "AP": ("أ ب", "أ.ب", "أسوشيتد برس", "اسوشيتد برس"),
    "DPA": ("د ب أ", "د.ب.أ"),
    "UPI": ("يو بي اي", "يو بي آي"),
    "QNA": ("قنا",),
    "WAM": ("وام",),
    "KUNA": ("كونا",),
    "BNA": ("بنا",),
    "ONA": ("العمانية",),
    "Petra": ("بترا",),
    "Saba": ("سبأ",),
    "WAFA": ("وفا",),
    "APS": ("واج",),
    "MAP": ("لاماب", "و م ع"),
    "TAP": ("وات",),
    "Anadolu": ("الأناضول", "الاناضول"),
    "Xinhua": ("شينخوا",),
    "Sputnik": ("سبوتنيك",),
    "TASS": ("تاس",),
    "RIA Novosti": ("نوفوستي", "ريا نوفوستي"),
    "IRNA": ("إرنا", "ارنا"),
    "RT": ("روسيا اليوم",),
    "Al-Quds Al-Arabi": ("القدس العربي",),
    "Asharq Al-Awsat": ("الشرق الأوسط", "الشرق الأوسط أونلاين"),
    "Yamanyoon": ("يمانيون",),
    "Sabq": ("سبق",),
    "3alyoum": ("عين اليوم",),
    "Al-Weeam": ("الوئام",),
    "Al-Jazirah": ("الجزيرة",),
    "Arriyadi": ("الرياضي",),
    "Okaz": ("عكاظ",),
    "Aleqtisadiya": ("الاقتصادية",),
    "Al-Watan": ("الوطن",),
    "Al-Madina": ("المدينة",),
    "Alyaum": ("اليوم",),
    "agencies": ("وكالات", "متابعات", "وكالات الأنباء"),
}.items():
    for _form in _forms:
        AGENCIES[normalize(_form)] = _canonical

# Newspapers and generic credits: a wire agency named next to them is the better "agency".
_OUTLETS = frozenset({"Sabq", "3alyoum", "Al-Weeam", "Al-Jazirah", "Arriyadi", "Okaz", "Aleqtisadiya", "Al-Watan",
                      "Al-Madina", "Alyaum", "Al-Quds Al-Arabi", "Asharq Al-Awsat", "agencies"})

_SEP = r"\s*(?:[-–—ـ]+|\.\./)\s*"
_PART = (
    r"(?:\([^()\n]{1,30}\)|«[^«»\n]{1,30}»|\"[^\"\n]{1,30}\"|{[^{}\n]{1,30}}"
    r"|[^\s\-–—ـ:()«»\"{}/.,،؛]+(?:\s+[^\s\-–—ـ:()«»\"{}/.,،؛]+){0,3})"
)
# Longest first: "(رويترز) - قال …" must fall back to the one-part reading.
_HEADS = tuple(
    re.compile(rf"^(?P<parts>{_PART}(?:{_SEP}{_PART}){{{n}}})\s*(?P<end>:|\.\./|/|[-–—ـ]+|$)") for n in (2, 1, 0)
)
_SPLIT = re.compile(_SEP)
_QUOTED = re.compile(r"^[(«\"{](.+)[)»\"}]$")
_MAX_PART_WORDS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # offsets into the line it was found in
    end: int
    place: str | None
    place_en: str | None
    agency: str | None
    agency_text: str | None
    byline: str | None

    def as_record(self) -> dict:
        return {"place": self.place, "place_en": self.place_en, "agency": self.agency,
                "agency_text": self.agency_text, "byline": self.byline}


def _agency(part: str) -> tuple[str, str] | None:
    inner = _QUOTED.match(part)
    text = inner.group(1).strip() if inner else part
    canonical = AGENCIES.get(normalize(text))
    if canonical:
        return canonical, text
    return None


def _quoted_outlet(part: str) -> tuple[str, str] | None:
    """An outlet written as one («القدس العربي», (رويترز)) but not in the table."""
    inner = _QUOTED.match(part)
    if inner and len(inner.group(1).split()) <= 4:
        text = inner.group(1).strip()
        return text, text
    return None


# Sentence openers: "(رويترز) - قال مسؤول" is an agency and a sentence, not an agency and a reporter.
_VERBS = frozenset(normalize(v) for v in (
    "قال قالت أكد أكدت أعلن أعلنت أفاد أفادت ذكر ذكرت أوضح أوضحت كشف كشفت أشار أشارت نفى نفت دعا دعت "
    "التقى التقت استقبل استقبلت بحث بحثت وصل وصلت شارك شاركت أصدر أصدرت قتل قتلت أصيب لقي توفي طالب طالبت "
    "يواصل تواصل يعقد تعقد بدأ بدأت اختتم اختتمت افتتح افتتحت وقع وقعت أجرى أجرت تلقى تلقت هدد هددت حذر حذرت"
).split())


def _is_byline(part: str) -> bool:
    """A reporter's name: two or three words, no digits or quotes, not a sentence opening."""
    words = part.split()
    return (2 <= len(words) <= _MAX_PART_WORDS and not _QUOTED.match(part)
            and not any(c.isdigit() for c in part) and normalize(words[0]).lstrip("وف") not in _VERBS
            and normalize(words[0]) not in _VERBS)


def find_dateline(line: str) -> Dateline | None:
    """The dateline at the start of ``line`` (a first body line), or None."""
    for head in _HEADS:
        if (m := head.match(line)) and (found := _classify(m)):
            return found
    return None


def _classify(m: re.Match) -> Dateline | None:
    parts = [p.strip() for p in _SPLIT.split(m.group("parts")) if p.strip()]
    if not parts:
        return None
    place = place_en = agency = agency_text = byline = unknown_outlet = None
    for part in parts:
        if found := _agency(part):
            if agency is None or (agency in _OUTLETS and found[0] not in _OUTLETS):  # "الجزيرة - واس" → SPA
                agency, agency_text = found
        elif unknown_outlet is None and (outlet := _quoted_outlet(part)):
            unknown_outlet = outlet  # trusted only next to a known place
        elif place is None and (p := lookup_place(part)):
            place, place_en = part, p.english
        elif byline is None and _is_byline(part):
            byline = part
        else:
            return None
    if agency is None and place is None:
        return None
    if agency is None and unknown_outlet and place is not None:  # "بيروت ـ «القدس العربي»:"
        agency, agency_text = unknown_outlet
    return Dateline(0, m.end(), place, place_en, agency, agency_text, byline)


_NAME_PLACE = re.compile(
    r"^(?P<who>[^()]{2,40}?)\s*\((?P<where>[^()]{2,30})\)\s*:?$"  # okaz: "reporter (place)"
    r"|^(?P<who2>[^()]{2,40}?)\s+من\s+(?P<where2>\S+(?:\s\S+)?)\s*:?$"  # aleqtisadiya: "reporter من place"
)


def dateline_from_byline(byline: str) -> Dateline | None:
    """A dateline from a feed's separate author/byline field ("الجزيرة - واس:", "فيصل مجرشي (جدة)")."""
    text = byline.replace("\xa0", " ").strip()
    if m := _NAME_PLACE.match(text):
        who = (m.group("who") or m.group("who2")).strip()
        where = (m.group("where") or m.group("where2")).strip()
        place = lookup_place(where)
        agency = _agency(who)
        if place or agency:
            return Dateline(0, 0, where if place else None, place.english if place else None,
                            agency[0] if agency else None, agency[1] if agency else None,
                            None if agency else who)
    found = find_dateline(text)
    return Dateline(0, 0, *[getattr(found, f) for f in ("place", "place_en", "agency", "agency_text", "byline")]) \
        if found else None
