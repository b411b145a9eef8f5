"""Title references: "الرئيس الروسي", "رئيس منغوليا", "المتحدث باسم الكرملين" → the person.

A title is a head (رئيس, رئيس الوزراء, المتحدث باسم …) and what it is of: a nationality
adjective (الروسي) or a named country or organisation (منغوليا, الكرملين). Both spell the
same key: "رئيس منغوليا" and "الرئيس المنغولي" are (رئيس, Mongolia). News introduces a person
once in apposition — "الرئيس الروسي فلاديمير بوتين" — which binds the key to that person;
every other use of the key in the article ("أكد الرئيس الروسي") then refers to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize
from ..resources.entities import nationality

# no president or minister is also king (a prince may be a minister, خادم الحرمين is the king)
_SOVEREIGN = frozenset(normalize(w) for w in ("الملك", "ملك", "السلطان"))
_ELECTED = frozenset(normalize(w) for w in ("الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة"))

__all__ = ["Title", "bare_titles", "find_titles", "head_at", "narrower_holder", "region_holder", "REGION_AGAIN",
           "STATE_NOUNS", "TO_COUNTRY"]

_HEADS = sorted(
    (tuple(normalize(w) for w in h.split()) for h in (
        "رئيس مجلس الوزراء", "رئيس الوزراء", "رئيس وزراء", "رئيس الحكومة", "رئيس الجمهورية", "رئيس", "رئيسة", "نائب الرئيس", "نائب رئيس", "وزير الخارجية",
        "وزير خارجية", "وزيرة خارجية", "وزير الدفاع", "وزير دفاع", "وزير الاقتصاد", "وزير الطاقة", "وزير", "وزيرة", "المتحدث باسم", "المتحدث الرسمي باسم",
        "الناطق باسم", "المتحدثة باسم", "الأمين العام", "ملك", "الملك", "ولي العهد", "أمير", "الأمير", "سفير",
        "السفير", "مستشار", "المستشار", "زعيم", "المرشد الأعلى", "خادم الحرمين الشريفين", "سيناتور", "سيناتورة",
    )),
    key=len, reverse=True,
)
# offices that name their country themselves: "أكد خادم الحرمين الشريفين" is the Saudi king
_SELF_SPECIFIED = {tuple(normalize(w) for w in "خادم الحرمين الشريفين".split()): "السعودي"}
_PORTFOLIO_OFFICES = frozenset({(normalize("وزير"),), (normalize("وزيرة"),)})  # the lists name only a few portfolios
_FIRSTS = frozenset(w for h in _HEADS for w in (h[0], "ال" + h[0], h[0].removeprefix("ال")))
_SKIP = frozenset({"،", ",", "-", "–"})
_QUOTES = frozenset({'"', "«", "“"})
TO_COUNTRY = normalize("لدى")
REGION_AGAIN = "@"  # the "of" of "أمير المنطقة": "@" + the region noun, resolved by ``region_holder``
_IN = normalize("في")  # an envoy's post: "السفير المصري في الخرطوم أسامة شلتوت" (not "التقى الوزير في الرياض …")
_ENVOYS = frozenset({(normalize("سفير"),), (normalize("السفير"),)})
STATE_NOUNS = frozenset(normalize(w) for w in "جمهورية مملكة دولة سلطنة إمارة".split())  # سفير جمهورية ألبانيا
# أمير منطقة الرياض
_REGIONS = frozenset(normalize(w) for w in "منطقة محافظة ولاية إقليم مدينة".split())  # (not "وزير الدولة": an office)
_REGION_NOUNS = _REGIONS | STATE_NOUNS
# honorifics that open a name ("الأمير فيصل بن بندر أمير منطقة الرياض"): such a name may take
# its title after it; a bare name before a title is more often a verb's subject with the
# title its object ("التقى بوتين رئيس الوزراء الباكستاني")
_HONORIFIC_RUN = 2
_COMPLEMENT_WORDS = 3
_TIME_WORDS = frozenset(normalize(w) for w in "أمس اليوم غدا مساء صباح ليلة أيضا كذلك".split())
# verbs whose object is never a person: the title after their subject's name is the subject's
# ("التقى بوتين رئيس الوزراء الباكستاني" met the prime minister; "قال بوتين رئيس روسيا" is Putin)
_NO_PERSON_OBJECT = frozenset(normalize(w) for w in "قال أكد أوضح أضاف أشار صرح أعلن شدد لفت أفاد بحث ناقش بحثا".split())
_RECEIVED = frozenset(normalize(w) for w in "استقبل استقبلت التقى التقت".split())  # host, then guest
_RECEPTION_REACH = 30  # words from the verb to the guest (the host's titles and where, when between)
# verbs spelt like a definite word: no description of an office ("أمير قطر يلتقي وزير الخارجية الروسي
# التقى الشيخ تميم": a headline run into the sentence, the minister is not Tamim)
_MET = frozenset(normalize(w) for w in "التقى التقت التقيا التقوا".split())
_WITH = frozenset({normalize("مع")})  # "مع سمير جعجع رئيس حزب القوات": one person
_COUNTERPART = frozenset(normalize(w) for w in "نظيره نظيرته نظيرها".split())
_COUNTERPART_KEY = normalize("نظير")
_DEPUTIES = frozenset(normalize(w) for w in "نائب مستشار مساعد وكيل".split())
_COURTESY = frozenset(tuple(normalize(w) for w in h.split()) for h in ("الملك", "الأمير", "السفير", "المستشار",
                                                                       "ملك", "أمير", "سفير", "مستشار"))
_HONORIFICS = frozenset(normalize(w) for w in
                        "الأمير الشيخ السيد الدكتور د المهندس الأستاذ سمو معالي فضيلة سماحة الملك الملكي".split())


@dataclass(frozen=True, slots=True)
class Title:
    start: int  # token indexes: the title, head and specifier
    end: int
    key: tuple[str, str]  # (head, what it is of)
    person_at: int | None  # token index where an appositive person's name starts
    person_before: int | None = None  # where the name starts that the title follows in apposition
    region: str | None = None  # "أمير منطقة الرياض": the region noun (منطقه), for "أمير المنطقة" later


def head_at(norms: list[str], i: int) -> tuple[str, ...] | None:
    if _FIRSTS.isdisjoint(stems(norms[i])):
        return None
    for head in _HEADS:
        if i + len(head) > len(norms):
            continue
        first = stems(norms[i])
        firsts = {head[0], "ال" + head[0]} if not head[0].startswith("ال") else {head[0], head[0][2:]}
        if firsts & set(first) and tuple(norms[i + 1:i + len(head)]) == head[1:]:
            if head in _PORTFOLIO_OFFICES and i + 2 < len(norms) and norms[i + 1].startswith("ال") \
                    and not nationality(norms[i + 1]) and nationality(norms[i + 2]):
                return (*head, norms[i + 1])  # وزير البيئة النيوزيلندي: the portfolio is part of the office
            return head
    return None


def find_titles(norms: list[str], entity_at: dict[int, tuple[int, str, str]],
                behind_preposition: frozenset[int] = frozenset()) -> list[Title]:
    """``norms``: the article's normalised tokens. ``entity_at``: token index → (end index,
    type, key) of each named mention starting there; ``behind_preposition``: the starts of those
    whose first word carries ب or ل (بسمير جعجع)."""
    out = []
    i, n = 0, len(norms)
    person_ending = {end: start for start, (end, kind, _) in entity_at.items() if kind == "PER"}
    last: tuple[str, ...] | None = None  # the office of the sentence's last title: a counterpart holds the same
    while i < n:
        if norms[i] == ".":
            last = None
        head = head_at(norms, i)
        counterpart = head is None and last is not None and not _COUNTERPART.isdisjoint(stems(norms[i])) \
            and i + 1 < n and bool(nationality(norms[i + 1]))
        if counterpart:
            head = last  # "اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي": the French president
        if head is None or i > 0 and norms[i - 1] in _DEPUTIES and not counterpart:
            i += 1  # ("نائب خادم الحرمين الشريفين الأمير محمد بن نايف", "مستشار خادم الحرمين الشريفين أمير
            continue  # منطقة مكة المكرمة": the king's deputy or adviser, not the king)
        last = head
        j = i + len(head) if not counterpart else i + 1
        region = None
        if j + 1 < n and norms[j] in _REGION_NOUNS and entity_at.get(j + 1, (0, ""))[1] == "GPE":
            region, j = norms[j], j + 1
        of = nationality(_SELF_SPECIFIED[head]) if head in _SELF_SPECIFIED else None
        if of is None and region is None and j < n and j not in entity_at and norms[j][2:] in _REGIONS \
                and norms[j].startswith("ال"):
            of, j = REGION_AGAIN + norms[j][2:], j + 1  # "واستقبل أمير المنطقة": the region named before
        if of is None and j < n and (country := nationality(norms[j])):
            of, j = country, j + 1
        elif of is None and j < n and j in entity_at and entity_at[j][1] in ("GPE", "ORG", "LOC"):
            end, _, of = entity_at[j]
            j = end
        if of is None:
            i += 1
            continue
        k = j
        while k < n and (norms[k] in _SKIP or norms[k] in _QUOTES):
            k += 1  # (a name in quotation marks: 'وزير الخارجية بجمهورية مصر العربية "سامح شكري"')
        accredited = k < n and (norms[k] == TO_COUNTRY or norms[k] == _IN and head in _ENVOYS) and k + 1 in entity_at
        if accredited:  # سفير البيرو لدى المملكة إدوارد …، السفير المصري في الخرطوم أسامة شلتوت
            k = entity_at[k + 1][0]
        elif k + 1 < n and norms[k].startswith("ال") and norms[k] not in _MET and k not in entity_at and k + 1 in entity_at \
                and not (norms[k] in _SOVEREIGN and head[0] in _ELECTED):
            k += 1  # one word of description: "أمير منطقة مكة المكرمة خالد الفيصل", "الرئيس الأمريكي السابق"
        if k not in entity_at and (second := head_at(norms, k)) is not None \
                and not (second[0] in _SOVEREIGN and head[0] in _ELECTED):  # (not "الرئيس الفرنسي الملك X": two)
            h = k + len(second)  # a chain of offices: "نائب الرئيس اليمني رئيس الوزراء خالد محفوظ بحاح"
            if h in entity_at and entity_at[h][1] == "PER":
                k = h
        elif k + 1 < n and k not in entity_at and _given_name_left_out(norms[k]) \
                and entity_at.get(k + 1, (0, ""))[1] == "PER":
            k += 1  # "وزير الخارجية التركي مولود جاويش أوغلو": a given name the tagger left out (born)
        if k not in entity_at:
            k = _name_further(norms, k, entity_at, accredited)
        person = k if k in entity_at and entity_at[k][1] == "PER" else None
        if person is not None and (person in behind_preposition and norms[person][:1] == "ب" or any(
                w[:1] == "ب" and (w[1:] in _HONORIFICS or w[1:] in _FIRSTS) for w in norms[j:person])):
            person = None  # "ورحب سمو أمير منطقة عسير بالجريسي", "ورحب أمير دولة الكويت بالأمير نواف": whom he
            # welcomed, not the emir
        if person is not None and person > j and region is not None \
                and _named_before(norms, i, person_ending, behind_preposition) is not None:
            person = None  # "الأمير فيصل بن خالد أمير منطقة عسير رئيس مجموعة الجريسي عبدالرحمن …": the
            # region's emir is the prince before, the chain after it the guest's
        name = " ".join(w[2:] if w.startswith("ال") else w for w in head)
        if counterpart and person is not None:
            name = _COUNTERPART_KEY  # "للقاء نظيره الأميركي جون كيري": the one named, whatever his office
        behind = norms[i][:1] in ("ل", "ب") and norms[i] not in _FIRSTS  # "ونقل X لأمير دولة الكويت تحيات":
        # to the emir, no apposition with the name before it
        out.append(Title(i, j, (name, of), person,
                         None if person is not None or behind else _named_before(norms, i, person_ending, behind_preposition),
                         region))
        i = j
    return out


def _given_name_left_out(word: str) -> bool:
    """A word between an office and a name that can only be the name's first word: no article,
    conjunction, honorific, office or time word ("استقبل وزير الخارجية أمس الأمير …": a guest)."""
    return word.isalpha() and len(word) >= 3 and not word.startswith(("ال", "و")) \
        and word not in _HONORIFICS and word not in _TIME_WORDS and _FIRSTS.isdisjoint(stems(word))


def _name_further(norms: list[str], k: int, entity_at: dict[int, tuple[int, str, str]], accredited: bool) -> int:
    """Where the name in apposition starts when more stands between it and the office: the
    office's complement ("وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش") or a description and
    honorifics ("وزير التعليم المصري السابق الدكتور محمود أبو النصر"; right after "سفير الكويت لدى
    المملكة", where nothing else can follow). ``k`` when neither."""
    n, h = len(norms), k
    if h < n and (norms[h].startswith("لل") or norms[h][:1] == "ل" and h + 1 < n and norms[h + 1].startswith("ال")):
        h += 1
        while h < n and h - k <= _COMPLEMENT_WORDS and norms[h].startswith("ال") and h not in entity_at:
            h += 1
        while h < n and norms[h] in _SKIP:
            h += 1  # "وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش"
    elif h < n and norms[h].startswith("ال") and norms[h] not in _HONORIFICS and norms[h] not in _MET:
        h += 1
    run = h
    while h < n and h - run < _HONORIFIC_RUN and norms[h] in _HONORIFICS and h not in entity_at:
        h += 1
    # (an honorific right after the office may start its object: "التقى وزير الخارجية الأمريكي الأمير …")
    if (run > k or accredited) and h in entity_at and entity_at[h][1] == "PER" and (h > run or norms[k][:1] == "ل"):
        return h
    return k


def _named_before(norms: list[str], i: int, person_ending: dict[int, int],
                  behind_preposition: frozenset[int] = frozenset()) -> int | None:
    """Start of the name right before token ``i`` (commas aside) that the title follows in
    apposition: one led by an honorific or an office, one after مع, or the subject of a verb that
    takes no person as its object ("وقال ناصر جودة وزير الخارجية الأردني إن", "بحث ناصر جودة وزير
    الخارجية الأردني مع")."""
    if norms[i][:1] == "و" and norms[i] not in _FIRSTS:
        return None  # "الأمير محمد بن سلمان ووزير الدفاع الأمريكي": a second person, not apposition
    k = i
    while k > 0 and norms[k - 1] in _SKIP:
        k -= 1
    start = person_ending.get(k)
    if start is None:
        return None
    before = norms[start - 1] if start > 0 else ""
    if _HONORIFICS & set(norms[max(0, start - 2):start]) or before in _FIRSTS or before in _WITH \
            or start in behind_preposition \
            or not _NO_PERSON_OBJECT.isdisjoint(stems(before)) or _second_party(norms, start, person_ending):
        return start  # (an office before the name too: "الرئيس رمضان قاديروف رئيس جمهورية الشيشان"; a name
        # behind ب, the object of a preposition: "اجتمع … بسمير جعجع رئيس حزب القوات اللبنانية")
    return None


def _second_party(norms: list[str], start: int, person_ending: dict[int, int]) -> bool:
    """Whether the name at ``start`` is the guest of a reception whose host was named before it
    ("استقبل الملك سلمان، في قصر السلام أمس، أشتون كارتر وزير الدفاع الأمريكي"): the object is
    named already, so the office after it is his in apposition, not a third party's."""
    for v in range(start - 1, max(-1, start - 1 - _RECEPTION_REACH), -1):
        if norms[v] == ".":
            return False
        if not _RECEIVED.isdisjoint(stems(norms[v])):
            return any(v < a and e <= start for e, a in person_ending.items())
    return False


def bare_titles(norms: list[str], person_starts: set[int]) -> list[tuple[str, int]]:
    """(office, token where the name starts) of people named after an office that says of no
    country: "ودعا … الرئيس هولاند". A later "الرئيس الفرنسي" is him when no other holds that office
    (``entities``); royal and courtesy heads (الملك، الأمير، السفير) are honorifics as often."""
    out = []
    for a in person_starts:
        for size in range(3, 0, -1):  # the longest office ending right before the name
            i = a - size
            head = head_at(norms, i) if i >= 0 and norms[i].startswith("ال") else None
            if head is not None and len(head) == size and head not in _COURTESY:
                out.append((" ".join(w[2:] if w.startswith("ال") else w for w in head), a))
                break
    return out


def narrower_holder(bound: dict[tuple[str, str], Any], key: tuple[str, str]) -> Any | None:
    """"وتابع الوزير الأمريكي" after "وزير الدفاع الأمريكي آش كارتر": a bare minister of a country
    is the one person ``bound`` holds for a narrower ministry of that country (not when two do;
    "الرئيس المصري" is not "رئيس الوزراء المصري")."""
    head, of = key
    if (head,) not in _PORTFOLIO_OFFICES:
        return None
    holders = {id(p): p for (h, o), p in bound.items() if o == of and h != head and h.split()[0] == head}
    return next(iter(holders.values())) if len(holders) == 1 else None


def region_holder(titles: list[Title], bound: dict[tuple[str, str], Any], key: tuple[str, str]) -> Any | None:
    """"واستقبل أمير المنطقة" after "أمير منطقة الرياض فيصل بن بندر": the office of "the region" is the
    one person ``bound`` holds for that office of a region named with the same noun (not when two do)."""
    head, of = key
    if not of.startswith(REGION_AGAIN):
        return None
    holders = {id(p): p for t in titles if t.region == of[1:] and t.key[0] == head and (p := bound.get(t.key))}
    return next(iter(holders.values())) if len(holders) == 1 else None
