"""MONEY, PERCENT, QUANTITY and TIME by rule, with normalised values.

Numbers in news are regular enough that rules beat a tagger here and give what a tagger
cannot: the value. "55 مليار دولار" → 55e9 USD, "13 في المئة" → 13 %, "نحو 7 ملايين سائح"
→ about 7e6 tourists. Digits may be Arabic-Indic (٥٥) and use the Arabic decimal
separator (٫); ``fold_digits`` keeps offsets because it maps one character to one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lang.ar.normalize import fold_digits

__all__ = ["Quantity", "find_quantities"]

_SCALES = {
    "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "ألفا": 1e3,
    "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
    "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9,
    "تريليون": 1e12, "تريليونات": 1e12,
}
_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
# (pattern, ISO code); longer names first so "ليرة تركية" wins over "ليرة"
_CURRENCIES = [
    (r"دولار(?:ا|ات)?(?: أمريكي| أميركي)?", "USD"), (r"يورو", "EUR"), (r"روبل(?:ا|ات)?", "RUB"),
    (r"جنيه(?:ا|ات)? (?:إسترليني|استرليني)", "GBP"), (r"جنيه(?:ا|ات)?(?: مصري)?", "EGP"),
    (r"ريال(?:ا|ات)? سعودي", "SAR"), (r"ريال(?:ا|ات)? قطري", "QAR"), (r"ريال(?:ا|ات)? عماني", "OMR"),
    (r"ريال(?:ا|ات)?", "SAR"),
    (r"درهم(?:ا)?(?: إماراتي)?", "AED"), (r"دينار(?:ا)? كويتي", "KWD"), (r"دينار(?:ا)? أردني", "JOD"),
    (r"دينار(?:ا)? عراقي", "IQD"), (r"ليرة تركية", "TRY"), (r"ليرة سورية", "SYP"), (r"ليرة لبنانية", "LBP"),
    (r"يوان(?:ا)?", "CNY"), (r"ين ياباني", "JPY"), (r"روبية", "INR"),
    (r"\$|USD", "USD"), (r"€|EUR", "EUR"),
]
_UNITS = {
    # measures
    "كيلومتر": "km", "كيلومترا": "km", "كيلومترات": "km", "كم": "km", "متر": "m", "مترا": "m", "أمتار": "m",
    "طن": "t", "طنا": "t", "أطنان": "t", "برميل": "barrel", "براميل": "barrel", "ميغاواط": "MW",
    "هكتار": "ha", "كيلوغرام": "kg", "كغ": "kg", "لتر": "l", "مكعب": "m3",
    # counted people and things news reports in numbers
    "سائح": "tourist", "سائحا": "tourist", "سياح": "tourist", "شخص": "person", "أشخاص": "person",
    "شخصا": "person", "لاجئ": "refugee", "لاجئا": "refugee", "لاجئين": "refugee", "جندي": "soldier",
    "جنود": "soldier", "قتيل": "killed", "قتيلا": "killed", "قتلى": "killed", "جريح": "injured",
    "جرحى": "injured", "مواطن": "citizen", "مواطنا": "citizen", "طالب": "student", "طالبا": "student",
    "عامل": "worker", "عاملا": "worker", "زائر": "visitor", "زائرا": "visitor", "حاج": "pilgrim",
    "حاجا": "pilgrim", "مسافر": "passenger", "مسافرا": "passenger", "وظيفة": "job",
}
_APPROX = r"(?:(?P<approx>نحو|حوالي|حوالى|قرابة|زهاء|أكثر من|أقل من|ما يقارب|ما يزيد عن|ما يزيد على) )?"
_NUM = r"(?P<num>\d+(?:[.,٫]\d+)?)"
_SCALE = r"(?: (?P<scale>" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r"))?"
_CUR = "|".join(f"(?:{p})" for p, _ in _CURRENCIES)
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_B = r"(?![\w])"  # the word ends here

_MONEY = re.compile(_APPROX + r"(?:(?P<pre>\$|€)\s?)?" + _NUM + _SCALE + r"(?: (?P<cur>" + _CUR + r"))?" + _B)
_PERCENT = re.compile(
    _APPROX + r"(?:[%٪]\s?(?P<pnum>\d+(?:[.,٫]\d+)?)|" + _NUM + r"\s?(?:%|٪| ?في ?الما?ئة| ?بالما?ئة))" + _B
)
_QUANTITY = re.compile(_APPROX + _NUM + _SCALE + r" (?P<unit>" + _UNIT + r")" + _B)
_TIME = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])(?: ?(?P<zone>GMT|UTC|بتوقيت غرينتش|بالتوقيت المحلي))?")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    type: str  # MONEY | PERCENT | QUANTITY | TIME
    value: dict[str, Any]


def _number(text: str) -> float:
    return float(text.replace("٫", ".").replace(",", "."))


def _currency(name: str) -> str:
    for pattern, code in _CURRENCIES:
        if re.fullmatch(pattern, name):
            return code
    return "UNKNOWN"


def _amount(m: re.Match) -> dict[str, Any]:
    number = _number(m.group("num"))
    scale = _SCALES.get(m.group("scale") or "", 1.0)
    out: dict[str, Any] = {"amount": number * scale, "number": number}
    if scale != 1.0:
        out["scale"] = _SCALE_NAMES[scale]
    if m.group("approx"):
        out["approximate"] = True
    return out


def find_quantities(text: str) -> list[Quantity]:
    folded = fold_digits(text)  # same length: offsets stay valid
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, value: dict) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(Quantity(start, end, kind, value))

    for m in _PERCENT.finditer(folded):
        value = {"percent": _number(m.group("num") or m.group("pnum"))}
        if m.group("approx"):
            value["approximate"] = True
        add(m.start(), m.end(), "PERCENT", value)
    for m in _MONEY.finditer(folded):
        currency = m.group("cur") or m.group("pre")
        if not currency:
            continue
        add(m.start(), m.end(), "MONEY", {**_amount(m), "currency": _currency(currency)})
    for m in _QUANTITY.finditer(folded):
        add(m.start(), m.end(), "QUANTITY", {**_amount(m), "unit": _UNITS[m.group("unit")]})
    for m in _TIME.finditer(folded):
        value = {"value": f"{int(m.group('h')):02d}:{m.group('m')}"}
        if m.group("zone") in ("GMT", "UTC", "بتوقيت غرينتش"):
            value["zone"] = "UTC"
        add(m.start(), m.end(), "TIME", value)
    found.sort(key=lambda q: q.start)
    return found
