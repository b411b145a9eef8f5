"""Names found by the way news introduces them, for the ones the tagger misses.

A statistical tagger trained on ANERcorp misses names it has never seen, and the names that
matter most in an event — who spoke, who met — are often exactly those: a consultant, a spokesman,
a ministry named by its function. News introduces them in fixed ways, and those are reliable:

* **an honorific before a person** — "الدكتور أحمد آل مريع"، "السفير علاء يوسف"، "بالدكتور طارق
  محمود أمين". What follows is read as a name while it looks like one: up to three given names
  (words general text does not use every day, or a known first name), connectors (بن، آل، عبد)
  with the word after them, and a family name with ال to close it.
* **a state body named by function and nationality** — "الخارجية الكورية الشمالية"، "السلطات
  الألمانية"، "وزارة خارجية التشيك": an organisation, though no word in it is a name.

Pure functions over normalised tokens; the entity stage gives these spans priority over the
tagger's (they are narrower and surer) and after the curated lists.
"""

from __future__ import annotations

from typing import Callable

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize

__all__ = ["HONORIFICS", "ARTICLE_WITH_PREPOSITION", "honorific_names", "state_bodies"]


def _norms(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


HONORIFICS = _norms("الدكتور الدكتورة د م أ السفير السفيرة الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة اللواء "
                    "العقيد العميد الكابتن المتحدث المتحدثة المستشار السيد السيدة اللاعب المدرب الحارس الزميل "
                    "الطبيب الفنان الفنانة النجم الداعية الشاعر الشاعرة الكاتب الكاتبة الروائي")  # not الإعلامي(ة): as often an adjective (الخطة الإعلامية)
CONNECTORS = _norms("بن بنت ابن آل أبو أبا أبي عبد")
# words that end a name: roles that follow one in apposition ("… المتحدث الرسمي"), with or without ال
_ROLES = _norms("رئيس مدير وزير أمين عام عضو نائب مساعد مستشار متحدث ناطق استشاري سفير قائد مسؤول متخصص مشرف "
                "وكيل محافظ أمير مندوب")
_STOP = _norms("باسم الذي التي الذين وهو وهي خلال أمس اليوم")
_ABD = normalize("عبد")
ARTICLE_WITH_PREPOSITION = ("لل", "بال", "وال", "كال", "فال")  # a preposition with the article: للمهرجان
_MAX_GIVEN = 3  # given names before the family name (طارق محمود أمين)
_GIVEN_ZIPF = 5.3  # a given name is rarer than everyday words (كلمة 5.4; محمد 6.1 is a known first name)
_FIRST_ZIPF = 5.0  # the first word, unless a known first name (صديق 4.9, كلمة 5.4)
_FAMILY_ZIPF = 4.5  # a family name with ال is rarer than the nouns that follow names (المناطق)

_BODIES = _norms("الخارجية الداخلية الدفاع الرئاسة الحكومة السلطات الشرطة النيابة الخزانة البحرية الجيش")
_MINISTRY = _norms("وزارة إمارة")  # إمارة منطقة مكة المكرمة: a governorate's administration
_REGIONS = _norms("منطقة محافظة")
_TITLE_WORDS = _norms("وزير وزيرة نائب مساعد المتحدث متحدث الناطق ناطق")
_DIRECTIONS = _norms("الشمالية الجنوبية الشرقية الغربية الاتحادية الشمالي الجنوبي")


def honorific_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
                    function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of people named right after an honorific."""
    out = []
    for i, word in enumerate(norms[:-2]):
        if HONORIFICS.isdisjoint(stems(word)):
            continue
        a = i + 2 if norms[i + 1] == "." else i + 1  # د. أحمد
        end = _name_after(norms, a, zipf, is_first_name, function_words)
        if end - a >= 2:
            out.append((a, end))
    return out


def _name_after(norms, a, zipf, is_first_name, function_words) -> int:
    """End of the name starting at ``a`` (``a`` itself when none starts there)."""
    j, given, lineage = a, 0, False
    while j < len(norms):
        w = norms[j]
        if not w.isalpha() or w in _STOP or w in _ROLES or w.startswith(ARTICLE_WITH_PREPOSITION) \
                or (w.startswith("ال") and w[2:] in _ROLES):
            break
        if w in CONNECTORS:  # بن عبدالعزيز، آل سعود: the connector and the name after it
            if j + 1 >= len(norms) or not norms[j + 1].isalpha() or norms[j + 1] in function_words:
                break
            j, lineage = j + 2, True
            if norms[j - 1] == _ABD and j < len(norms) and norms[j].isalpha():
                j += 1  # بن عبد العزيز: عبد takes the word after it
            continue
        if w.startswith("ال"):  # a family name closes the name
            if j > a and zipf.get(w, 0.0) < _FAMILY_ZIPF:
                j += 1
            break
        known = is_first_name(w)
        z = zipf.get(w, 0.0)
        if j == a and not known and z >= _FIRST_ZIPF:
            break  # "السيد خالد" yes, "الحارس سحب شكواه" no: a first word this common is rarely a name
        if w[0] in "لبك" and zipf.get(w[1:], 0.0) >= _FAMILY_ZIPF > z:
            break  # لسوق: a preposition on an everyday word
        if lineage:  # بن محمد حجار: after a lineage, a family name without ال closes the name
            if z < _FAMILY_ZIPF and w not in function_words and w[0] != "و":
                j += 1
            break
        if given >= _MAX_GIVEN or (w in function_words and not (known and j == a)) or (
                zipf.get(w, 0.0) >= _GIVEN_ZIPF and not known) or (w[0] == "و" and not known):
            break  # a word with و starts the next item
        given += 1
        j += 1
    return j


def state_bodies(norms: list[str], nationality: Callable[[str], str | None],
                 country_at: Callable[[int], int | None]) -> list[tuple[int, int]]:
    """(start, end) token ranges of ministries and authorities named by function and country:
    "الخارجية الكورية الشمالية", "السلطات الألمانية", "وزارة الدفاع الأمريكية", "وزارة خارجية
    التشيك". ``country_at(i)``: the end of a country name starting at token i, if one does."""
    out = []
    i, n = 0, len(norms)
    while i < n - 1:
        a = i
        if i > 0 and not _TITLE_WORDS.isdisjoint(stems(norms[i - 1])):
            i += 1  # وزير الخارجية الإسباني: a minister's title (``ner.titles``), not the ministry
            continue
        j = i + 1 if norms[i] in _MINISTRY else i
        if j > a and j + 1 < n and norms[j] in _REGIONS:  # إمارة منطقة مكة
            if (end := country_at(j + 1)) is not None:
                out.append((a, end))
                i = end
                continue
        body = norms[j] if j < n else ""
        if j >= n - 1 or not (body in _BODIES or (j > a and body.isalpha() and not body.startswith("و"))):
            i += 1
            continue
        k = j + 1
        if nationality(norms[k]):
            k += 1
            if k < n and norms[k] in _DIRECTIONS:
                k += 1
        elif j > a and (end := country_at(k)) is not None:  # وزارة خارجية التشيك
            k = end
        else:
            i += 1
            continue
        out.append((a, k))
        i = k
    return out
