"""The entity stage: cleaned text in, one EntityMentions record per entity out.

Backend-independent steps around the NER backend (``worker.ner.backend``):
1. named spans from the backend, tidied: split at function words a tagger ran over
   ("إلهام علييف على هامش" → "إلهام علييف"), everyday-word spans dropped;
2. names from the curated list and country names (a rule layer like spaCy's EntityRuler):
   they win where they overlap the tagger, and give types and English labels;
3. types refined: LOC → GPE/LOC/FAC by lists and head words, MISC → NORP for nationalities;
4. proclitics removed from each mention's first word, with evidence (another mention, a
   list, word frequency), so وبوتين and لروسيا point at بوتين and روسيا;
5. mentions joined into entities (``ner.canonical``), titles resolved (``ner.titles``);
6. DATE (from the clean stage), MONEY, PERCENT, QUANTITY, TIME (``ner.quantities``);
7. every offset mapped back to the original body.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Any, Callable

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize
from ..ner.backend import NerBackend, Span
from ..ner.canonical import Entity, Mention, entity_id, group, similar
from ..ner.conll import bio_spans
from ..ner.crf import DEFAULT_MODEL_DIR, PROPAGATED
from ..ner.frequency import Frequencies
from ..ner.gazetteer import Gazetteer, first_forms
from ..ner.propagate import REGNAL, propagate
from ..ner.patterns import (ARTICLE_WITH_PREPOSITION, CONNECTORS, HEAD_NOUNS, STAFF, STAFF_QUALIFIED, family_name, HONORIFICS, LINEAGE,
                           RELATIVE_PRONOUNS, ROLES, ROYAL, aged_names, chambers, clubs, commands, companies,
                           described_bodies, father_end, honorific_names, kin_names, lineage_names, lone_bodies,
                           media_names, ministries, named_after_people, names_before_titles, national_councils,
                           nationality_given_names,
                           nationality_names,
                           organisations, patron_at, quoted_names, regnal_names, role_names, speaker_names, spoken_for,
                           state_bodies, title_names)
from ..ner.quantities import find_quantities
from ..ner.titles import bare_titles, find_titles, head_at, narrower_holder, region_holder
from ..ner.tokens import Token, tokenize
from ..records import entity_mentions, mention
from ..resources import entities as lists
from ..textmap import MappedText

__all__ = ["find_entities", "header_names"]

_FUNCTION_WORDS = frozenset(normalize(w) for w in (
    "على في من إلى الى عن مع بين أن إن بأن وأن لأن قد خلال أيضا حيث التي الذي هذا هذه ذلك لكن أو ثم منذ حول "
    "عبر ضد لدى "
    "عند بعد قبل تحت فوق كل بشأن قال وقال أكد وأكد إنه أنه كان كانت سيدي أنا نحن هو هي "
    # verbs the tagger glues to the name before them ("سلمان بن عبد العزيز أكدا", "الملك سلمان سيزور")
    "أكدا قالا فقال وقالت قائلا قائلة مشيرا مضيفا مؤكدا موضحا مبينا سيزور سيلتقي ويلتقي يلتقي التقى"
).split())
_FAC_HEADS = frozenset(normalize(w) for w in
                       "قصر مطار ميناء فندق ملعب مستشفى سجن جسر برج مسجد كنيسة ساحة قاعدة محطة جامعة".split())
_CURRENCY_WORDS = frozenset(normalize(w) for w in "دولار يورو روبل جنيه ريال درهم دينار ليرة يوان".split())
_ORG_HEADS = frozenset(normalize(w) for w in
                       "نادي فريق شركة وزارة هيئة مؤسسة جمعية منظمة مجلس بنك مصرف صحيفة وكالة حزب اتحاد "
                       "لجنة مركز منتخب".split())
_DIVINE_NAMES = ("الله العزيز الرحمن الرحيم اللطيف الكريم المحسن الملك الإله المجيد الحميد الرزاق الوهاب الناصر "
                 "السلام الحكيم القادر الحليم الغني الهادي الباقي الجليل الفتاح المنعم الخالق العظيم الستار المطلب "
                 "المعين الواحد الحي القيوم الصمد الرؤوف العليم")
_OWN_WORD_ZIPF = 3.5  # a first word this common in general text is a word of its own, not clitic + word
_EVERYDAY_ZIPF = 4.5
_APPOSITION_REACH = 12  # words of titles between a name and a later title of the same person
_PLACE_ZIPF = 4.0  # a place well known enough to end a name the tagger ran into (للرياض)
_PLACE_OVER_CLITIC = 0.8  # and that much more common alone than with the preposition
_RARE_SURNAME_ZIPF = 3.0
_EVERYDAY_PLURAL_ZIPF = 3.0  # منسوبين: the plural in general text (no مارسيلين for مارسيلو)
_WHEN_PREPOSITIONS = frozenset(normalize(w) for w in "قبيل عشية بعيد إثر عقب".split())  # never a name's last word
_GREETING_WORDS = frozenset(normalize(w) for w in "آيات التهاني التبريكات تهاني".split())
_OFFICE_HOLDERS = frozenset(normalize(w) for w in "الرئيس الرئيسة الوزير الوزيرة".split())  # before a surname
_TITLE_STARTS = frozenset(normalize(w) for w in "ولي وزير رئيس نائب أمير سفير محافظ مبعوث موفد مندوب".split())
# one of a kind, unnamed, with a nationality: "دبلوماسي نمساوي", "مسؤول أمريكي" (a person the tagger may tag)
_UNNAMED_ONES = frozenset(normalize(w) for w in "دبلوماسي مسؤول مصدر خبير محلل ناشط مواطن مسؤولة ناشطة".split())
_SETTLEMENT_HEADS = frozenset(normalize(w) for w in "بلدة قرية".split())  # (not مدينة: "مدينة الملك عبدالعزيز للعلوم" is a body)
_LOC_HEADS = frozenset(normalize(w) for w in "نهر بحر جبل جبال خليج بحيرة صحراء جزيرة وادي محيط قناة".split())


@functools.lru_cache(maxsize=1)
def _ruler() -> Gazetteer:
    """Multi- and single-word names from the curated list and country names."""
    return Gazetteer.from_entries(lists.gazetteer_entries(ruler=True))


@functools.lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Given names the shipped model knows (its gazetteer's PER_FIRST words), the عبد names
    written as one word (عبدالله، عبدالعزيز), which the gazetteer holds only as two, and the common
    given names of ``resources/given_names.txt``."""
    gaz = Gazetteer.load(DEFAULT_MODEL_DIR / "gazetteer.tsv.gz")
    abd = {normalize("عبد" + name) for name in _DIVINE_NAMES.split()}
    common = {normalize(w) for w in lists.given_names()}  # (إبراهيم، يوسف: not in that list)
    return frozenset(w for w, tags in gaz.words.items() if "PER_FIRST" in tags) | abd | common


@functools.lru_cache(maxsize=1)
def _frequencies() -> Frequencies:
    """The shipped model's table (the same object its tagger uses: ``Frequencies.load`` caches).

    Cached here too: ``load`` checks the file (resolve + stat) to key its cache, and this is
    called per name candidate — 230 file-system calls an article before it was.
    """
    return Frequencies.load(DEFAULT_MODEL_DIR / "frequencies.tsv.gz")


@functools.lru_cache(maxsize=262_144)
def _normal(token: str) -> str:
    return normalize(token) or token


@functools.lru_cache(maxsize=262_144)
def _lexicon_name(words: tuple[str, ...]) -> lists.Known | None:
    """The curated or country entry for a name, its first word with or without proclitics.
    Cached: every word of an article is asked (profiled: ~10% of the entity stage)."""
    forms = stems(words[0], article=False) if len(words) == 1 else first_forms(words[0], article=False)
    return next((k for f in forms if (k := lists.known(" ".join([f, *words[1:]]))) and (k.curated or k.country)), None)


# given names as written that normalise like a function word (the preposition على, the particle أن),
# and how many words of a tagged name must follow for the spelling to be the name: "علي" also
# spells على in some outlets, "آن" never spells أن/إن
_SPELT_GIVEN = {"علي": 2, "آن": 1}
# curated names that are everyday adjectives too: "دول الخليج العربية", "أمتنا العربية" are no Al Arabiya
_ALSO_ADJECTIVES = frozenset({normalize("العربية")})
# what a channel's name follows: "قالت العربية", "لقناة العربية", "عبر العربية"
_BEFORE_CHANNEL = frozenset(normalize(w) for w in "قناة شبكة موقع مراسل مراسلة عبر على من في مع".split())


def _qualifies(norms: list[str], a: int) -> bool:
    """The word at ``a`` comes after a noun it qualifies, not after a verb, a preposition or a media noun."""
    if a == 0 or not norms[a - 1].isalpha():
        return False
    before = norms[a - 1]
    return before not in _BEFORE_CHANNEL and not (before.endswith("ت") and not before.startswith("ال"))


_PREPOSITION_ON_WORD_ZIPF = 4.0  # لاعبي 4.3: "بلاعبي" after a family name is ب + an everyday word


def _tidy(span: Span, tokens: list[Token], starts: list[int], norms: list[str]) -> tuple[int, int] | None:
    """Token range of a tagger span after trimming function words; None if nothing is left."""
    a = bisect_left(starts, span.start)
    b = a
    while b < len(tokens) and tokens[b].end <= span.end:
        b += 1
    if a >= b:
        return None
    for i in range(a, b):  # a function word inside a name ends it (PER/LOC); ORG names may hold them
        if norms[i] in _FUNCTION_WORDS and (span.type != "ORG" or i == a) \
                and not (i + 1 < b and norms[i + 1] in LINEAGE):  # علي بن الحسين: على normalises to علي
            if i == a:
                a += 1
                continue
            b = i
            break
    while a < b and (not any(c.isalpha() for c in tokens[a].text) or span.type == "PER" and (
            norms[a] in HONORIFICS or b - a >= 2 and norms[a] in _OFFICE_HOLDERS)):
        a += 1  # "الشاعر عبدالرحمن الأبنودي", "وأشار الوزير شكري": the honorific or office is not part of the name
    if span.type == "PER" and b - a >= 3 and tuple(norms[a:a + 2]) == STAFF_QUALIFIED:
        a += 2  # "اللواء أركان حرب عصمت مراد": the staff qualification of a rank, no name
    while b > a and (not any(c.isalpha() for c in tokens[b - 1].text)
                     or b - a >= 2 and (norms[b - 1] in _FUNCTION_WORDS or norms[b - 1] in _WHEN_PREPOSITIONS)):
        b -= 1  # (nor a function word the tagger ran on into: "التحالف الذي تقوده السعودية", "وقال كينياتا قبيل")
    if a >= b:
        return None
    if span.type == "PER":
        b = next((i for i in range(a + 1, b) if _plural_participle(norms[i])), b)  # "طاهر منسوبي الأمانة"
        if not _GREETING_WORDS.isdisjoint(norms[a:b]):
            return None  # "رفع أسمى آيات التهاني": the wire's formula of greetings, nobody
        while b - a >= 2 and _role_like(norms[b - 1]):
            b -= 1  # "وصرح مدرب"، "اجتمع مدرب": a verb and the office of whom it is about, no name
        while b - a >= 2 and lists.nationality(norms[a]) and not _first_names().__contains__(norms[a]):
            a += 1  # "الرئيس الكيني أوهورو كينياتا", "المحترف الغاني مونتاري": the tagger took the nationality in
        while b - a >= 3 and (k := lists.known(norms[a])) is not None and k.type == "GPE" \
                and not _first_names().__contains__(norms[a]) and _first_names().__contains__(norms[a + 1]):
            a += 1  # "بمحافظة ينبع سامر الجهني": the place of his office, then his given name
        a, b = _with_father((a, b), norms)
        if b - a >= 3 and norms[b - 2].startswith("ال") and norms[b - 1][:1] in ("ب", "ل") \
                and _frequencies().zipf.get(norms[b - 1][1:], 0.0) >= _PREPOSITION_ON_WORD_ZIPF:
            b -= 1  # "اجتمع … أحمد الراشد بلاعبي الفريق": the family name closes it, ب + a word follows
    if span.type == "ORG":  # "هيئة الهلال الأحمر فيصل السمنان": the tagger ran the body on into its head's name
        b = next((i for i in range(a + 2, b - 1) if norms[i - 1].startswith("ال") and norms[i - 1] not in ROYAL
                  and norms[i - 1] not in HONORIFICS and _first_names().__contains__(norms[i])
                  and norms[i + 1].startswith("ال")), b)
    if b - a == 1 and _CURRENCY_WORDS & set(stems(norms[a])):
        return None  # بالدولار: a currency, not a MISC name
    if b - a == 1 and span.type == "PER" and _plural_participle(norms[a]):
        return None  # "وقال متعاملون": traders, unnamed
    common = _frequencies().common
    if all(common(w) or w in _FUNCTION_WORDS for w in norms[a:b]) and not lists.known(" ".join(norms[a:b])):
        return None
    return a, b


_TEAM_ROLES = frozenset(normalize(w) for w in ("مدرب", "مدربة", "لاعب", "حارس", "مفتي", "إمام", "خطيب"))


def _role_like(word: str) -> bool:
    """An office or a team's role, which closes no name ("اجتمع مدرب فريق الاتحاد بولوني")."""
    return word in ROLES or word in _TEAM_ROLES


def _plural_participle(word: str) -> bool:
    """A sound masculine plural of a participle (متعاملون، مسؤولون، قائمون; in construct منسوبو،
    منسوبي): people unnamed, never a name. General text uses such a plural with the article about
    as often as without it (القائمون 3.6, قائمون 1.8), a name ending in ون almost never (ماكرون،
    شمعون، كارسون; and the short ones: هارون، مأمون); a foreign name ending in و or ي is rare in
    general text (مارسيلو)."""
    zipf = _frequencies().zipf
    if word in STAFF:
        return True
    if len(word) < 6:
        return False
    if word.endswith("ون"):
        with_article = zipf.get("ال" + word, 0.0)
        return with_article >= zipf.get(word, 0.0) - 1.0 and (word.startswith("م") or with_article >= 1.0)
    return word.startswith("م") and word.endswith(("و", "ي")) and max(
        zipf.get(word[:-1] + "ين", 0.0), zipf.get(word[:-1] + "ون", 0.0)) >= _EVERYDAY_PLURAL_ZIPF


def _with_father(r: tuple[int, int], norms: list[str]) -> tuple[int, int]:
    """A tagged name that stops at بن takes the father's name after it, however everyday the word:
    "عبد الله بن | مساعد الرئيس العام" (مساعد, "assistant", read as the start of a title)."""
    a, b = r
    if b - a < 2 or norms[b - 1] not in LINEAGE or b >= len(norms) or not norms[b].isalpha() \
            or norms[b] in _FUNCTION_WORDS:
        return r
    return a, father_end(norms, b - 1)


def _ran_on(norms: list[str], i: int) -> bool:
    """Whether the last word ``i`` of a tagged name belongs after it: a well-known place behind a
    preposition (للرياض) or an office that starts a title ("ولي" in "… بن عبد العزيز ولي ولي العهد",
    not the surname أمين: an office in construct with what follows)."""
    if _place_after_preposition(norms[i]):
        return True
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    return norms[i] in _TITLE_STARTS and (nxt in _TITLE_STARTS or nxt.startswith("ال") and nxt.isalpha())


def _place_after_preposition(word: str) -> str | None:
    """The type (GPE, LOC) of a well-known place behind ل or ب (للرياض، بموسكو، لمصر), which no
    person's name ends with. The place must be far more common alone than with the letter:
    بروان (Brown) is no ب + روان."""
    bare = word.removeprefix("و")
    if bare[:1] not in ("ل", "ب"):
        return None
    zipf = _frequencies().zipf
    own = zipf.get(word, 0.0)
    return next((k.type for f in stems(word, article=False) if f not in (word, bare)
                 if (k := lists.known(f)) is not None and k.type in ("GPE", "LOC")
                 and zipf.get(f, 0.0) >= _PLACE_ZIPF and zipf.get(f, 0.0) - own >= _PLACE_OVER_CLITIC), None)


def _head_before(r: tuple[int, int], occupied: list[bool], norms: list[str]) -> tuple[int, int] | None:
    """The person a tagged span names before a curated name inside it, without the role between:
    "ولايتي مستشار خامنئي" → ولايتي (خامنئي is the curated name, مستشار his adviser's role)."""
    a, b = r
    curated = end = next(i for i in range(a, b) if occupied[i])
    while end > a and (norms[end - 1] in ROLES or norms[end - 1].removeprefix("ال") in ROLES):
        end -= 1
    if end == a or end == curated or \
            all(_frequencies().common(w) for w in norms[a:end]):
        return None  # nothing left, no role between (the tagger's span was the name itself), or common words
    return a, end


def _in_apposition(start: int, person_ends: set[int], norms: list[str]) -> bool:
    """Whether the title at ``start`` continues a person's chain of titles: "الأمير محمد بن سلمان
    ولي ولي العهد … وزير الدفاع السعودي" (content words and commas back to the name), unlike
    "التقى كارتر في القدس رئيس الوزراء الإسرائيلي" (في between: a new party)."""
    for k in range(start - 1, max(-1, start - 1 - _APPOSITION_REACH), -1):  # token k, walking back
        if k + 1 in person_ends:  # a name ends at token k
            return True
        if norms[k] in _FUNCTION_WORDS or not (norms[k].isalpha() or norms[k] in ("،", ",")):
            return False
    return False


def _first_word(norms: list[str], bare: set[str], inner: set[str]) -> tuple[str, int]:
    """The first word without proclitics and how many letters were removed. ``bare`` holds the
    first words of the article's names, ``inner`` their later words (which never carry a
    proclitic: "وقال كمال" after "حسام كمال" is كمال, not ك+مال; "الوابل" keeps its ال)."""
    word = norms[0]
    rest = norms[1:]
    forms = stems(word)
    if word.startswith("ال") and word[2:] in HEAD_NOUNS and rest:
        return word, 0  # "المجلس الوزاري الأوروبي": a body's head noun keeps its article
    if head := next((f for f in stems(word, article=False) if f in HEAD_NOUNS), None):
        return head, len(word) - len(head)
    if word in _first_names() and rest:
        return word, 0  # "في الأردن كمال عواملة": a given name, not ك + مال
    for form in stems(word, article=False) if not rest else first_forms(word, article=False):
        if lists.known(" ".join([form, *rest])):  # a list knows the name (not القرشي as the town قرشي; لبي بي سي)
            return form, len(word) - len(form)
    if word in inner:
        return word, 0
    for form in forms[1:]:  # the article uses the name without the clitic elsewhere (maybe spelt apart)
        if form in bare or (len(form) >= 5 and any(similar(form, b) for b in bare if b != word)):
            return form, len(word) - len(form)
    zipf = _frequencies().zipf
    # the form general text uses; unknown both ways, a leading و is the conjunction (وأوبكستان)
    # … but not a leading ف: far rarer as a conjunction on a name than as its first letter (فيصل ≠ ف+يصل)
    candidates = [f for f in forms[:3] if not (word[0] == "ف" and f != word and len(word) - len(f) == 1)]
    known = bool(zipf.get(word))
    best = max(candidates, key=lambda f: (zipf.get(f, 0.0), f == word if known else _clitic_only(word, f)))
    z_word, z_best = zipf.get(word, 0.0), zipf.get(best, 0.0)
    if z_word >= _OWN_WORD_ZIPF and z_best - z_word < 1.0 and (word.startswith("ال") or z_best < _EVERYDAY_ZIPF):
        return word, 0  # باراك is a name of its own, not ب + اراك: a clitic form is rarely that common
    return best, len(word) - len(best)  # … unless what is left is everyday (وبريطانيا, باستخدام)


def _clitic_only(word: str, form: str) -> bool:
    """Whether what ``form`` leaves off ``word`` is surely a clitic: the conjunction و or an article
    (البيفينول، بالإيكوموس، للكوزمينكا). A lone ب، ك or ل starts foreign names as often (كوزمينكا،
    بروتاني، لاسزلو)."""
    if form == word:
        return False
    removed = word[:len(word) - len(form)]
    return removed.lstrip("و") == "" or "ال" in removed or word.removeprefix("و").startswith("لل")


def _family_names_are_people(mentions: list[Mention]) -> None:
    """A one-word mention the tagger typed as a place or body that is the family name of a person
    the article names in full is that person ("عبدالرحمن الابنودي … وأكد الابنودي"); so is a
    full name it mistyped whose family name the tagger found alone as a person ("رئيس بلدية روما
    أنياسيو ماريانو" … "وقال ماريانو")."""
    family = {m.tokens[-1] for m in mentions if m.type == "PER" and len(m.tokens) > 1}
    alone = {m.tokens[0] for m in mentions if m.type == "PER" and len(m.tokens) == 1}
    for m in mentions:
        if m.source == "ner" and m.type in ("GPE", "LOC") and len(m.tokens) == 2 and m.tokens[-1] in alone \
                and m.canonical is None:
            m.type = "PER"
        elif m.source == "ner" and m.type != "PER" and len(m.tokens) == 1 and m.tokens[0] in family:
            m.type = "PER"


def _skip_letters(text: str, start: int, letters: int) -> int:
    """Offset after ``letters`` base letters from ``start`` (diacritics and tatweel skipped)."""
    i = start
    while letters > 0 and i < len(text):
        if not ("\u064b" <= text[i] <= "\u065f" or text[i] in "\u0670\u0640"):
            letters -= 1
        i += 1
    return i


def _refine(kind: str, norms: tuple[str, ...]) -> str:
    if len(norms) > 1 and kind in ("PER", "MISC") and norms[0].removeprefix("ال") in _ORG_HEADS:
        return "ORG"  # "نادي النصر" tagged as a person is still a club
    if len(norms) > 1 and kind in ("PER", "MISC") and norms[0].removeprefix("ال") in _SETTLEMENT_HEADS:
        return "GPE"  # "بلدة كوغيلو" tagged as a person is still a town
    if kind == "LOC":
        if norms[0] in _FAC_HEADS or norms[0].removeprefix("ال") in _FAC_HEADS:
            return "FAC"
        if norms[0] in _LOC_HEADS:
            return "LOC"
        return "GPE"
    if kind == "MISC" and len(norms) == 1 and lists.nationality(norms[0]):
        return "NORP"
    return kind


def _named(text: str, tokens: list[Token], norms: list[str], spans: list[Span], taken: list[tuple[int, int]]):
    """Raw (start token, end token, type, confidence, source) from the ruler and the tagger."""
    out = []
    starts = [t.start for t in tokens]
    occupied = [False] * len(tokens)
    trimmed: set[tuple[int, int]] = set()
    ruler = _ruler()
    for a, b, _tags in ruler.matches(norms) + [(i, i + 1, None) for i in range(len(norms))]:
        if any(occupied[a:b]):
            continue  # (a country's name ends a lineage or follows an honorific as a family name: "عبدالله بن
            # محمد السويد", "الدكتور السويد")
        known = _lexicon_name(tuple(norms[a:b]))
        if known is None or known.type == "PER" and _name_goes_on(norms, a, b) \
                or known.country and (a >= 2 and norms[a - 2] in LINEAGE or a >= 1 and norms[a - 1] in HONORIFICS) \
                or b - a == 1 and norms[a] in _ALSO_ADJECTIVES and _qualifies(norms, a):
            continue
        out.append((a, b, known.type, 1.0, "lexicon"))
        occupied[a:b] = [True] * (b - a)
    zipf, first_names = _frequencies().zipf, _first_names().__contains__
    out = _patterns(norms, out, occupied, zipf, first_names)
    tidied = [(span, _tidy(span, tokens, starts, norms)) for span in spans
              if not any(span.start < e and s < span.end for s, e in taken)]  # (a number the rules read: دولار is no MISC)
    cut_off: set[str] = set()  # last words the tagger ran a name into, and then spread as a surname
    for span, r in tidied:
        if r is not None and span.type == "PER" and r[1] - r[0] > 1 and _ran_on(norms, r[1] - 1):
            cut_off.add(norms[r[1] - 1])
    for span, r in tidied:
        if r is not None and r[1] - r[0] == 1 and span.confidence == PROPAGATED \
                and not cut_off.isdisjoint(stems(norms[r[0]])):  # (لولي العهد too)
            continue  # "ولي" spread from "محمد بن سلمان بن عبد العزيز ولي" (ولي العهد)
        if r is not None and span.type == "PER" and r[1] - r[0] > 1 and norms[r[1] - 1] in cut_off:
            place = _place_after_preposition(norms[r[1] - 1])
            r = (r[0], r[1] - 1)  # "فيديريكا موغيريني للرياض": the tagger ran on into where she went,
            trimmed.add(r)  # and spread للرياض as her surname: she is spread again (``_recur``)
            if place and not occupied[r[1]]:
                out.append((r[1], r[1] + 1, place, span.confidence, "ner"))
                occupied[r[1]] = True
        if r is not None and tokens[r[1] - 1].end > span.end:  # ``_with_father``: ``propagate`` spread
            trimmed.add(r)  # the name without the father's, so it is spread again (``_recur``)
        if r is not None and span.type == "PER" and any(occupied[r[0]:r[1]]):
            r = _head_before(r, occupied, norms)
        if r is None or any(occupied[r[0]:r[1]]):
            continue
        out.append((r[0], r[1], span.type, span.confidence, "ner"))
        occupied[r[0]:r[1]] = [True] * (r[1] - r[0])
    out = _clubs_again(_two_people(out, norms), norms)
    # named after a person: "مدينة الأمير محمد بن عبدالعزيز الطبية" is no prince
    for a, b, kind in named_after_people(norms, [(x[0], x[1]) for x in out if x[2] == "PER"]):
        out = _claim(out, occupied, a, b, kind, replace=None)
    misc = {i for a, b, kind, *_ in out if kind == "MISC" for i in range(a, b)}
    # gap fillers, after the tagger: an organisation's name may take in the pieces the tagger
    # found of it ("حزب" + "القوات اللبنانية"), quotation marks overrule even the lists
    # (شركة "بوبا العربية" is no Al Arabiya)
    for a, b in quoted_names(norms):
        out = _claim(out, occupied, a, b, "ORG", replace=None)
    for a, b in organisations(norms, _FUNCTION_WORDS, zipf):
        out = _claim(out, occupied, a, b, "ORG", replace={"ORG", "MISC"})
    starts = {x[0] for x in out}
    for a, b in media_names(norms, zipf, _FUNCTION_WORDS, starts.__contains__):
        out = _claim(out, occupied, a, b, "ORG", replace={"ORG", "MISC", "GPE", "PER"})
    for a, b in described_bodies(norms, _FUNCTION_WORDS):
        out = _claim(out, occupied, a, b, "ORG")
    for a, b in lone_bodies(norms) + ministries(norms) + spoken_for(norms) + national_councils(norms, lists.nationality):  # (a ministry with its country is a state body, above)
        out = _claim(out, occupied, a, b, "ORG")
    for a, b in commands(norms):
        out = _claim(out, occupied, a, b, "ORG", replace={"ORG", "MISC"})
    # people right after an office the tagger left unnamed ("وزير الدفاع الأمريكي كارتر في القدس")
    # or at the end of a chain of titles ("وقال مدير مستشفى … بصحة تبوك معيض عويضة البلوي:")
    def country_end(i: int) -> int | None:  # a country named at token i: الكويت، المملكة، الولايات المتحدة
        return next((i + n for n in (3, 2, 1) if (k := lists.known(" ".join(norms[i:i + n]))) and k.country), None)

    for a, b in title_names(norms, head_at, lists.nationality, zipf, first_names, _FUNCTION_WORDS, country_end):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7)
    for a, b in names_before_titles(norms, head_at, lists.nationality, zipf, first_names):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7)
    for a, b in role_names(norms, zipf, first_names, _FUNCTION_WORDS, lambda i: not occupied[i] or i in misc):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7, replace={"MISC"})  # «فهد المفرج» is no title
    for a, b in speaker_names(norms, zipf, first_names, _FUNCTION_WORDS, lambda w: bool(lists.nationality(w)),
                              lambda i: not occupied[i] or i in misc):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7, replace={"MISC"})
    for a, b in nationality_names(norms, lists.nationality, zipf, first_names, _FUNCTION_WORDS) \
            + nationality_given_names(norms, lists.nationality, zipf, first_names):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7, replace={"MISC"})
    for a, b in lineage_names(norms, zipf, first_names, _FUNCTION_WORDS):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7, replace={"PER", "MISC"})  # (part of it found)
    for a, b in aged_names(norms, zipf, _FUNCTION_WORDS):
        out = _claim(out, occupied, a, b, "PER", confidence=0.7, source="aged")
    out = [x for x in out if not (x[2] == "PER" and x[1] - x[0] == 2 and norms[x[0]] in _UNNAMED_ONES
                                  and lists.nationality(norms[x[0] + 1]))]  # "قال دبلوماسي نمساوي": nobody named
    raw = _recur(_whole_names(sorted(out), tokens, norms, occupied), norms, trimmed)
    return _with_lineage_word(_honoured_surnames(raw, norms), norms)


def _two_people(raw: list[tuple], norms: list[str]) -> list[tuple]:
    """A tagged person "أردوغان وبوتين" is two when the word after و is a person's name the article
    or the lists know on its own ("فلاديمير بوتين")."""
    names = {norms[b - 1] for a, b, kind, *_ in raw if kind == "PER" and b - a >= 2} \
        | {norms[a] for a, b, kind, *_ in raw if kind == "PER"}
    out = []
    for x in raw:
        a, b, kind, conf, source = x
        k = next((k for k in range(a + 1, b) if kind == "PER" and source == "ner" and norms[k][:1] == "و"
                  and (norms[k][1:] in names or (known := lists.known(norms[k][1:])) and known.type == "PER")), None)
        out += [(a, k, kind, conf, source), (k, b, kind, conf, source)] if k is not None else [x]
    return out


def _clubs_again(raw: list[tuple], norms: list[str]) -> list[tuple]:
    """The tagger's names that are a club's first words are the club: "نادي وست بروميتش البيون" …
    "مدرب وست بروميتش" (read as a person's name by the tagger, and spread)."""
    clubs = [tuple(norms[a:b]) for a, b, kind, _c, source in raw if source == "club" and b - a >= 2]
    if not clubs:
        return raw
    return [(a, b, "ORG", conf, "club") if source == "ner" and kind != "ORG" and b - a >= 2
            and any(c[:b - a] == tuple(norms[a:b]) for c in clubs) else (a, b, kind, conf, source)
            for a, b, kind, conf, source in raw]


def _with_lineage_word(raw: list[tuple], norms: list[str]) -> list[tuple]:
    """A person called by the father's name keeps its بن: "عبد الله بن مساعد" … "وتابع بن مساعد"
    is the mention "بن مساعد", not a lone word after an unnamed "بن"."""
    named = {i for a, b, *_ in raw for i in range(a, b)}
    fathers = {tuple(norms[b - 2:b]) for a, b, kind, *_ in raw if kind == "PER" and b - a >= 3 and norms[b - 2] in LINEAGE}
    out = []
    for x in raw:
        a, b, kind, *rest = x
        if kind == "PER" and b - a == 1 and a > 0 and (norms[a - 1], norms[a]) in fathers and a - 1 not in named \
                and (a < 2 or a - 2 not in named):  # (the same word: "ابن الصمة" is not "دريد بن الصمة"'s mention)
            x = (a - 1, b, kind, *rest)
        out.append(x)
    return out


def _honoured_surnames(raw: list[tuple], norms: list[str]) -> list[tuple]:
    """A surname after an honorific is the person the article named in full, even when the surname
    is an everyday word that ``ner.propagate`` will not spread: "الدكتور نبيل العربي" … "وأكد الدكتور
    العربي" (not the adjective "Arab"); so after an office ("عبدربه منصور هادي" … "وقدم الرئيس هادي"). Royals go by their given name: "الملك سلمان بن عبد العزيز" …
    "تلقاه الملك سلمان", when one person of the article has that given name and a lineage."""
    people = [(a, b) for a, b, kind, *_ in raw if kind == "PER" and b - a >= 2]
    if not people:
        return raw
    surnames = {norms[b - 1] for a, b in people} - REGNAL  # (not "النائب الثاني" after "عبد الله الثاني")
    fathers: dict[str, set[str]] = {}
    for a, b in people:
        if b - a >= 3 and norms[a + 1] in LINEAGE:  # (عبد العزيز and عبدالعزيز are one father)
            fathers.setdefault(norms[a], set()).add("".join(norms[a + 2:a + 4])[:6])
    named = {i for a, b, *_ in raw for i in range(a, b)}
    found = []
    for i, word in enumerate(norms[:-1]):
        honoured = not HONORIFICS.isdisjoint(stems(word)) or not _OFFICE_HOLDERS.isdisjoint(stems(word))
        royal = not ROYAL.isdisjoint(stems(word))
        if not honoured and not royal:
            continue
        k = i + 2 if norms[i + 1] == "." else i + 1  # د. العربي
        if k < len(norms) and k not in named and (
                honoured and norms[k] in surnames
                or royal and len(fathers.get(norms[k], ())) == 1 and norms[k] not in _FUNCTION_WORDS):
            found.append((k, k + 1, "PER", 0.7, "recur"))
    return sorted(raw + found) if found else raw


def _recur(raw: list[tuple], norms: list[str], trimmed: set[tuple[int, int]] = frozenset()) -> list[tuple]:
    """The names the rules found, found again where the article repeats them ("وزير البيئة نيك
    سميث" … "وتابع سميث"، "ووفقا لسميث"). The tagger's own names were spread by ``ner.propagate``
    already and the lists match everywhere; rule spans come after both, so they are spread here,
    by the same code: only they count as sure, every other name only blocks its tokens. So do
    the tagger's names in ``trimmed``: ``propagate`` spread them with the wrong last word."""
    def spreads(a: int, b: int, kind: str, source: str) -> bool:  # not الجيش، الشرطة: the rule finds those
        return (source in ("rule", "club") or (a, b) in trimmed) and b - a > 1 or source in ("aged", "company") \
            or source == "lexicon" and kind == "PER" and _surnamed(norms[a:b])
        # (a rare word: كاهيل، بيرسون; a listed person's surname: "آشتون كارتر" … "ونقل كارتر")

    if not any(spreads(a, b, kind, source) for a, b, kind, _conf, source in raw):
        return raw  # most articles: nothing to label
    labels, sure = ["O"] * len(norms), [0.0] * len(norms)
    for a, b, kind, _conf, source in raw:
        labels[a:b] = ["B-" + kind] + ["I-" + kind] * (b - a - 1)
        if spreads(a, b, kind, source):
            sure[a:b] = [1.0] * (b - a)
    spread = propagate([(norms, labels)], [sure], _frequencies().common)[0]
    found = [(a, b, kind, 0.7, "recur") for kind, a, b in bio_spans(spread) if labels[a] == "O"]
    return sorted(raw + found) if found else raw


def _surnamed(words: list[str]) -> bool:
    """A given name and a surname, the way news names a foreigner and then calls him by the surname
    alone ("آشتون كارتر" … "كارتر"); not a lineage (بن، آل), whose last word is a father or a house."""
    return len(words) == 2 and words[0] not in CONNECTORS and not _first_names().__contains__(words[1]) \
        and words[1].isalpha() and not words[1].startswith("ال")


def _claim(out: list[tuple], occupied: list[bool], a: int, b: int, kind: str, *, confidence: float = 0.8,
           replace: set[str] | None = frozenset(), source: str = "rule") -> list[tuple]:
    """``out`` with the rule's span (a, b) added if its tokens are free. Names found inside it of
    a type in ``replace`` give way to it, unless the curated lists named them other than as a place
    ("حزب الله" stays itself in "حزب الله والقوات النظامية"; "التشيك" is part of "وزارة خارجية
    التشيك"); with ``replace=None`` any name does (quotation marks overrule even the lists). Any
    other name there keeps its place and the rule's span is dropped."""
    def keeps_its_place(x: tuple) -> bool:
        if x[0] < a or x[1] > b:
            return True  # reaches outside the rule's span
        if replace is None:
            return False
        if x[2] in replace and x[4] == "lexicon" and x[1] - x[0] == 1 and x[1] == b and x[0] > a + 1:
            return False  # a one-word name ending a longer one: "لجنة مبادرة السلام العربية" (not Al Arabiya)
        if x[2] == "ORG" and "ORG" in replace and x[4] == "lexicon" and x[0] == a + 1:
            return False  # a body of a body the lists know: "بعثة الأمم المتحدة في ليبيا" (not the UN itself)
        return x[2] not in replace or x[4] == "lexicon" and x[2] != "GPE"

    inside = [x for x in out if x[0] < b and a < x[1]]
    if any(keeps_its_place(x) for x in inside):
        return out
    if not inside and any(occupied[a:b]):
        return out
    occupied[a:b] = [True] * (b - a)
    return [x for x in out if x not in inside] + [(a, b, kind, confidence, source)]


def _name_goes_on(norms: list[str], a: int, b: int) -> bool:
    """A curated person's name that is only the start of another's: "عبدالله بن عبدالعزيز
    الربيعة" is not King Abdullah. A rare family name with ال follows (not الأحد، not السعودي).
    Three names without a lineage are a whole name already: in "عبدربه منصور هادي الميليشيات"
    the next word is the object."""
    if b >= len(norms) or not norms[b].startswith("ال") or not norms[b].isalpha():
        return False
    if b - a >= 3 and LINEAGE.isdisjoint(norms[a:b]):
        return False
    return family_name(norms[b], _frequencies().zipf) and not lists.nationality(norms[b])


def _patterns(norms: list[str], lexicon: list[tuple], occupied: list[bool], zipf: dict[str, float],
              first_names: Callable[[str], bool]) -> list[tuple]:
    """Add the names ``ner.patterns`` finds by how news introduces them. A state body may hold
    the country the lexicon found (وزارة خارجية التشيك): the body replaces it."""
    country_end = {a: b for a, b, kind, *_ in lexicon if kind == "GPE"}

    def place_at(i: int) -> int | None:  # a country from the ruler, or any place the lists know (مكة المكرمة)
        if i in country_end:
            return country_end[i]
        end = next((i + n for n in (3, 2, 1) if (k := lists.known(" ".join(norms[i:i + n]))) and k.type == "GPE"),
                   None)
        return None if end is not None and end < len(norms) and norms[end] == "ال" else end  # حمد آل درهم: a person

    out = list(lexicon)
    for a, b in state_bodies(norms, lists.nationality, place_at):
        out = _claim(out, occupied, a, b, "ORG", replace={"GPE"})  # not where the lexicon knows something else
    for a, b in chambers(norms, place_at, lambda w: bool((k := lists.known(w)) and k.type == "GPE")):
        out = _claim(out, occupied, a, b, "ORG", replace={"GPE"})
    for a, b in companies(norms, lists.nationality, zipf, _FUNCTION_WORDS):
        out = _claim(out, occupied, a, b, "ORG", replace={"GPE", "PER"}, source="company")
    for a, b in clubs(norms, lists.nationality, first_names):  # (نادي برشلونة الإسباني is no city)
        out = _claim(out, occupied, a, b, "ORG", replace={"ORG", "GPE"}, source="club")
    for a, b in honorific_names(norms, zipf, first_names, _FUNCTION_WORDS):
        out = _claim(out, occupied, a, b, "PER")
    for a, b in kin_names(norms, zipf, first_names, _FUNCTION_WORDS):  # (over the lists: "أوما أوباما" is
        out = _claim(out, occupied, a, b, "PER", replace=None)  # not the president the lists know by his surname)
    for a, b in regnal_names(norms, first_names):
        out = _claim(out, occupied, a, b, "PER", replace={"PER", "MISC"})
    return out


def _whole_names(raw: list[tuple], tokens: list[Token], norms: list[str], occupied: list[bool]) -> list[tuple]:
    """Tagged person names made whole. The tagger often stops a name early: at a family name
    written with ال after a بن chain ("صالح بن فوزان" + "الفوزان"), or before a transliterated
    surname general text never uses ("ميتشيلا" + "لاجرونوفا"). A person span right after
    another is its family name; a word unknown to the frequency table right after a person
    span (and not the start of another name) is its surname."""
    zipf = _frequencies().zipf
    out: list[tuple] = []
    for a, b, kind, conf, source in raw:
        if out and kind == "PER" and source == "ner" and out[-1][2] == "PER" and out[-1][1] == a \
                and out[-1][4] == "ner" and b - a == 1 and norms[a].startswith("ال"):
            pa, _, _, pconf, _ = out.pop()
            a, conf = pa, min(conf, pconf)
        elif kind == "PER" and source == "ner" and b < len(tokens) and not occupied[b] \
                and tokens[b].start - tokens[b - 1].end == 1 and _surname_like(norms[b]) \
                and (norms[b] not in zipf or zipf[norms[b]] <= _RARE_SURNAME_ZIPF and b + 1 < len(norms)
                     and (norms[b + 1] in RELATIVE_PRONOUNS or norms[b + 1] in ("،", ",")
                          and not _after_preposition(norms[b], zipf))):
            b += 1  # (or a rare word before a relative pronoun or a comma: "خالد محفوظ بحاح الذي يزور"، "بحاح،")
        elif kind == "PER" and source == "ner" and b - a == 1 and b + 1 < len(tokens) and not occupied[b] \
                and _first_names().__contains__(norms[a]) and _surname_like(norms[b]) \
                and norms[b] not in _TIME_WORDS and _closes_a_speakers_name(norms[b + 1]):
            b += 1  # "نائب رئيس المجلس عبدالحكيم مجاهد أن"، "عبدالستار بارز لوكالة": an everyday word as surname
        if kind == "PER" and source == "ner" and a > 0 and not occupied[a - 1] and (not out or out[-1][1] < a) \
                and _first_names().__contains__(norms[a - 1]) and norms[a - 1] not in _FUNCTION_WORDS \
                and a - 1 > 0 and not _first_names().__contains__(norms[a - 2]) and norms[a - 2] not in LINEAGE:
            a -= 1  # "وصرح محمد إسماعيل قاسميار": the given name the tagger left out
        if kind == "PER" and a > 0 and b - a >= _SPELT_GIVEN.get(tokens[a - 1].text, len(tokens)) \
                and not occupied[a - 1] and (not out or out[-1][1] < a):
            a -= 1  # "سفير … في لبنان علي عواض عسيري", "وشددت آن هيدالغو": a given name that normalises
            # like a function word (على، أن), told apart by its spelling
        out.append((a, b, kind, conf, source))
    return out


_TIME_WORDS = frozenset(normalize(w) for w in "أمس اليوم غدا مساء صباح الليلة أيضا".split())
_SPEAKER_CLOSERS = frozenset({"،", ",", ":"}) | frozenset(normalize(w) for w in "أن إن بأن".split())
_MEDIA_AFTER = frozenset(normalize(w) for w in "لوكالة لصحيفة لقناة لإذاعة لموقع لفرانس لرويترز".split())


def _closes_a_speakers_name(word: str) -> bool:
    """What follows a speaker's name: أن/إن, a comma or colon, or "لوكالة …" (to whom he said it)."""
    return word in _SPEAKER_CLOSERS or word in _MEDIA_AFTER


def _after_preposition(word: str, zipf: dict[str, float]) -> bool:
    """ب، ل or ك on a word or place the table knows better alone (بموسكو، لواشنطن): no surname."""
    return word[0] in "بلك" and (zipf.get(word[1:], 0.0) > zipf.get(word, 0.0) or _place_after_preposition(word) is not None)


def _surname_like(word: str) -> bool:
    """Could stand as a surname: an Arabic word of a name's length that opens with neither the
    conjunction (ولوزادا after a name is "and Lozada", the next person) nor the article or a
    preposition with it (a rare inflection: الشماليتين, للدار…)."""
    return 4 <= len(word) <= 11 and word.isalpha() and "\u0621" <= word[0] <= "\u064a" \
        and not word.startswith(("و", "ال", *ARTICLE_WITH_PREPOSITION)) and word not in _FUNCTION_WORDS


def _header_records(body: str, article_id: str, header: list[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """Entities named by the header lines the clean stage took out: the dateline's place and
    agency (موسكو-سانا) and the source line (المصدر: …). Offsets are the original body's."""
    out = []
    for kind, start, end in header:
        name = body[start:end]
        known = lists.known(normalize(name))
        label = known.label_en if known else None
        kind = known.type if known else kind
        out.append(entity_mentions(
            article_id=article_id, entity_id=entity_id(kind, label or normalize(name)), type=kind,
            canonical=known.canonical if known else name, label_en=label,
            mentions=[mention(start, end, name, 0.9, "header")],
        ))
    return out


def header_names(body: str, dateline: dict[str, Any] | None, boilerplate: list[dict[str, Any]]):
    """(type, start, end) of the place and agency of a dateline and of a source line's name."""
    out = []
    if dateline and dateline.get("start") is not None:
        line = body[dateline["start"]:dateline["end"]]
        for field, kind in (("place", "GPE"), ("agency_text", "ORG")):
            value = dateline.get(field)
            if value and (i := line.find(value)) >= 0:
                out.append((kind, dateline["start"] + i, dateline["start"] + i + len(value)))
    for span in boilerplate:
        if span.get("kind") == "source":
            _, sep, name = span["text"].partition(":")
            name = name.strip()
            if sep and name:
                i = span["text"].rfind(name)
                out.append(("ORG", span["start"] + i, span["start"] + i + len(name)))
    return out


def find_entities(text: str, mapped: MappedText, body: str, backend: NerBackend, *, article_id: str,
                  dates: list[dict[str, Any]], header: list[tuple[str, int, int]] = ()) -> list[dict[str, Any]]:
    """EntityMentions records for one article. ``text`` is the cleaned text, ``mapped`` maps it
    to ``body`` (the original), ``dates`` are the clean stage's date mentions and ``header`` the
    names in removed header lines (``header_names``), both with original offsets."""
    tokens = tokenize(text)
    norms = [_normal(t.text) for t in tokens]
    quantities = find_quantities(text)
    taken = [(q.start, q.end) for q in quantities]
    raw = _named(text, tokens, norms, backend.find(text, tokens), taken)

    bare = {norms[a] for a, *_ in raw}
    inner = {norms[i] for a, b, *_ in raw for i in range(a + 1, b)}
    mentions: list[Mention] = []
    at: dict[int, Mention] = {}
    # "مركز الملك سلمان للإغاثة": the king's name in a body's, spread there by the tagger
    raw = [x for x in raw if not (x[2] == "PER" and x[1] - x[0] == 1 and patron_at(norms, x[0]))]
    for a, b, kind, conf, source in raw:
        first, cut = _first_word(norms[a:b], bare, inner) if not (a and norms[a - 1] in HONORIFICS) \
            else (norms[a], 0)  # "البروفسور ويدي روسادا": no conjunction right after an honorific
        words = (first, *norms[a + 1:b])
        known = lists.known(" ".join(words)) if source != "club" else None  # (نادي برشلونة: not the city)
        kind = known.type if known else _refine(kind, words)
        start = _skip_letters(text, tokens[a].start, cut)
        m = Mention(start, tokens[b - 1].end, kind, conf, words, source,
                    label_en=known.label_en if known else None, canonical=known.canonical if known else None)
        mentions.append(m)
        at[a] = m
    _family_names_are_people(mentions)
    entities = group(mentions)
    owner = {id(m): e for e in entities for m in e.mentions}

    # title references: bind by apposition, then resolve the rest
    keys = {id(e): e.key for e in entities}  # once per entity: a key looks at all of its mentions
    ends = {a: (b, m.type, keys[id(owner[id(m)])]) for (a, b, *_), m in zip(raw, mentions)}
    behind = frozenset(a for (a, *_), m in zip(raw, mentions) if m.start > tokens[a].start and norms[a][:1] in ("ب", "ل"))
    titles = find_titles(norms, ends, behind)
    bound: dict[tuple[str, str], Entity] = {}
    for t in titles:
        if t.person_at is not None:
            bound.setdefault(t.key, owner[id(at[t.person_at])])
    for t in titles:  # a title after the name binds it unless the name already holds a title of another
        if t.person_before is not None and t.key not in bound:  # place: الرئيس الروسي بوتين ≠ الباكستاني
            person = owner[id(at[t.person_before])]
            if all(of == t.key[1] for (_, of), p in bound.items() if p is person):
                bound[t.key] = person
    _bind_bare_holders(titles, bound, norms, at, owner)
    in_title = set()
    person_ends = {b for (a, b, *_), m in zip(raw, mentions) if m.type == "PER"}
    for t in titles:
        person = bound.get(t.key) or narrower_holder(bound, t.key) or region_holder(titles, bound, t.key)
        in_title.update(range(t.start, t.end))
        if person is None:  # a holder the article never names ("التقى الرئيس الأمريكي … بنظيره"):
            if not lists.nationality(norms[t.end - 1]) or _in_apposition(t.start, person_ends, norms):
                continue  # the office itself is an entity only with its nationality, not in a chain of titles
            person = bound[t.key] = Entity("PER")  # one entity per such office in the article
            entities.append(person)
        m = Mention(tokens[t.start].start, tokens[t.end - 1].end, "PER", 0.7 if t.person_at is None else 0.9,
                    tuple(norms[t.start:t.end]), "title")
        person.mentions.append(m)
        person.mentions.sort(key=lambda x: x.start)

    named_tokens = {i for a, b, *_ in raw for i in range(a, b)}
    _given_names_again(raw, mentions, owner, norms, tokens, named_tokens | in_title)

    # nationality adjectives standing alone (السياح الروس, شركة غازبروم الروسية)
    for i, w in enumerate(norms):
        if i in named_tokens or i in in_title or not (country := lists.nationality(w)):
            continue
        norp = Entity("NORP", label_en=country, canonical=None)
        norp.mentions.append(Mention(tokens[i].start, tokens[i].end, "NORP", 0.9, (w,), "lexicon"))
        entities.append(norp)

    records = [_named_record(e, text, mapped, body, article_id) for e in entities]
    records += _value_records(quantities, text, mapped, body, dates, article_id)
    records += _header_records(body, article_id, list(header))
    merged: dict[str, dict[str, Any]] = {}
    for r in records:  # two entities with one key (e.g. two NORP mentions) → one record
        if r["entity_id"] in merged:
            merged[r["entity_id"]]["mentions"] = sorted(merged[r["entity_id"]]["mentions"] + r["mentions"],
                                                        key=lambda m: m["start"])
        else:
            merged[r["entity_id"]] = r
    return sorted(merged.values(), key=lambda r: r["mentions"][0]["start"])


def _given_names_again(raw: list[tuple], mentions: list[Mention], owner: dict, norms: list[str],
                       tokens: list[Token], taken: set[int]) -> None:
    """"حظي الشاب السوداني مجدي الصديق …" then "في اتصال هاتفي مع الفائز مجدي": a given name alone,
    after the one person of the article named in full with it, is that person. Not when two
    people share it, nor when a name goes on after it (another person)."""
    first: dict[str, dict[int, tuple[int, Entity]]] = {}
    common = _frequencies().common
    for (a, b, *_), m in zip(raw, mentions):
        if m.type == "PER" and b - a >= 2 and (norms[b - 1].startswith("ال") or not common(norms[b - 1])):
            # (a name that looks like one: not "خالد استمر", a given name the tagger ran into a verb)
            person = owner[id(m)]
            first.setdefault(norms[a], {}).setdefault(id(person), (a, person))
    names = _first_names()
    for k, w in enumerate(norms):
        if k in taken or w not in first or w not in names or w in _FUNCTION_WORDS or len(first[w]) != 1 \
                or patron_at(norms, k) or k > 0 and norms[k - 1] in LINEAGE:
            continue  # (not على, normalised as علي; not "مركز الملك سلمان للإغاثة", named after the king;
            # not a father's name in a lineage: "محمد بن نايف بن عبدالعزيز")
        (a, person), = first[w].values()
        nxt = norms[k + 1] if k + 1 < len(norms) else "."
        if a >= k or k + 1 in taken or nxt in LINEAGE or nxt.isalpha() and nxt not in _FUNCTION_WORDS:
            continue  # a name goes on: "علي أكبر صالحي" is someone else
        person.mentions.append(Mention(tokens[k].start, tokens[k].end, "PER", 0.6, (w,), "recur"))
        person.mentions.sort(key=lambda x: x.start)


def _bind_bare_holders(titles: list, bound: dict, norms: list[str], at: dict[int, Mention], owner: dict) -> None:
    """"الرئيس الفرنسي" unbound, "الرئيس هولاند" in the same article: the one person named after the
    bare office is its holder, unless the name already holds that office of another country
    (الرئيس الإيراني حسن روحاني is no French president)."""
    holders: dict[str, dict[int, Entity]] = {}
    for office, a in bare_titles(norms, {k for k, m in at.items() if m.type == "PER"}):
        person = owner[id(at[a])]
        holders.setdefault(office, {})[id(person)] = person
    for t in titles:
        if t.key in bound:
            continue
        free = [p for p in holders.get(t.key[0], {}).values()
                if all(of == t.key[1] for (_, of), q in bound.items() if q is p)]
        if len(free) == 1:
            bound[t.key] = free[0]


def _mention_record(start: int, end: int, confidence: float, mapped: MappedText, body: str,
                    kind: str | None = None) -> dict[str, Any]:
    o_start, o_end = mapped.original_span(start, end)
    return mention(o_start, o_end, body[o_start:o_end], confidence, kind)


def _named_record(e: Entity, text: str, mapped: MappedText, body: str, article_id: str) -> dict[str, Any]:
    full = e.full
    canonical = e.canonical or text[full.start:full.end]
    return entity_mentions(
        article_id=article_id, entity_id=entity_id(e.type, e.key), type=e.type, canonical=canonical,
        label_en=e.label_en,
        mentions=[_mention_record(m.start, m.end, m.confidence, mapped, body, "title" if m.source == "title" else None)
                  for m in e.mentions],
    )


def _value_records(quantities, text, mapped, body, dates, article_id) -> list[dict[str, Any]]:
    out = []
    for q in quantities:
        out.append(entity_mentions(
            article_id=article_id, entity_id=entity_id(q.type, repr(sorted(q.value.items()))), type=q.type,
            canonical=text[q.start:q.end], label_en=None, value=q.value,
            mentions=[_mention_record(q.start, q.end, 0.95, mapped, body)],
        ))
    for d in dates:
        value = {"value": d["value"], "precision": d["precision"], "relative": d["relative"]}
        out.append(entity_mentions(
            article_id=article_id, entity_id=entity_id("DATE", repr(sorted(value.items())) if d["value"] else d["text"]),
            type="DATE", canonical=d["text"], label_en=None, value=value,
            mentions=[mention(d["start"], d["end"], d["text"], 0.95)],
        ))
    return out
