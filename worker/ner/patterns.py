"""Names found by the way news introduces them, for the ones the tagger misses.

A statistical tagger trained on ANERcorp misses names it has never seen, and the names that
matter most in an event — who spoke, who met — are often exactly those: a consultant, a spokesman,
a ministry named by its function. News introduces them in fixed ways, and those are reliable:

* **an honorific before a person** — "الدكتور أحمد آل مريع"، "السفير علاء يوسف"، "بالدكتور طارق
  محمود أمين". What follows is read as a name while it looks like one: up to three given names
  (words general text does not use every day, or a known first name), connectors (بن، آل، عبد)
  with the word after them, and a family name with ال to close it.
* **an office and its country before a person** — "وزير الدفاع الأمريكي كارتر"، "سفير جمهورية
  البيرو إدوارد مارتينيتي": one rare word is enough here, the office says a person follows.
* **a club** — "نادي الاتحاد"، "بنادي النصر": the word after نادي is its name.
* **an organisation named in the construct state** — "حزب القوات اللبنانية"، "مديرية الأمن العام"،
  "هيئة الإذاعة والتلفزيون": a noun that only heads organisations, then the words with ال that
  name it. Quoted after such a noun ("شركة «بوبا العربية»"), or transliterated after a media
  noun ("صحيفة برلينر مورجن بوست"، "موقع ذا لوكال"), the name is the quoted or rare words.
* **a body that speaks without a country** — "وقالت الشرطة"، "النيابة العامة".
* **a person after a chain of titles** — "مدير مستشفى الولادة والأطفال بصحة تبوك معيض عويضة
  البلوي:": a name that looks like one, closed by a colon, a comma or أن.
* **a state body named by function and nationality** — "الخارجية الكورية الشمالية"، "السلطات
  الألمانية"، "وزارة خارجية التشيك": an organisation, though no word in it is a name.

Pure functions over normalised tokens; the entity stage gives these spans priority over the
tagger's (they are narrower and surer) and after the curated lists.
"""

from __future__ import annotations

from typing import Callable

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize
from ..resources.entities import nationality
from .titles import STATE_NOUNS, TO_COUNTRY
from .tokens import QUOTE_PAIRS

__all__ = ["HONORIFICS", "ROYAL", "LINEAGE", "father_end", "FAMILY_ZIPF", "family_name", "ARTICLE_WITH_PREPOSITION", "ROLES", "HEAD_NOUNS",
           "RELATIVE_PRONOUNS", "aged_names",
           "honorific_names",
           "title_names", "STAFF_QUALIFIED", "ON_BEHALF",
           "state_bodies", "chambers", "clubs", "organisations", "quoted_names", "media_names", "lone_bodies", "spoken_for", "role_names",
           "lineage_names", "speaker_names", "described_bodies", "named_after_people", "ministries", "commands",
           "companies", "by_country_and_trade", "regnal_names", "kin_names", "names_before_titles", "STAFF"]


def _norms(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


HONORIFICS = _norms("الدكتور الدكتورة دكتور دكتورة د م أ السفير السفيرة الشيخ الشيخة المهندس المهندسة الأستاذ "
                    "الأستاذة اللواء "
                    "العقيد العميد الفريق ركن الركن الكابتن المتحدث المتحدثة الناطق الناطقة المستشار السيد السيدة اللاعب المدرب الحارس الزميل "
                    "الطبيب الفنان الفنانة النجم الداعية الشاعر الشاعرة الكاتب الكاتبة الروائي النائب النائبة "
                    "البروفيسور البروفسور")  # not الإعلامي(ة): as often an adjective (الخطة الإعلامية)
STAFF_QUALIFIED = (normalize("أركان"), normalize("حرب"))
_FIRST_RANK = normalize("أول")  # "الفريق أول"
_RANK_OR_WORD = _norms("الفريق")  # a rank, and the team: a name must follow it plainly
_SECOND_OF_TWO = _norms("الدين العابدين")  # the second word of a two-word given name: نور الدين، زين العابدين
_EVERYDAY_STEM_ZIPF = 4.0
CONNECTORS = _norms("بن بنت ابن آل أبو أبا أبي عبد")
STAFF = _norms("منسوبو منسوبي منتسبو منتسبي موظفو موظفي")  # a body's staff: "استقبل الدكتور طاهر منسوبي الأمانة"
LINEAGE = _norms("بن بنت ابن")  # a name goes on with its father's (not آل، أبو: those start family names)
# words that end a name: roles that follow one in apposition ("… المتحدث الرسمي"), with or without ال
ROLES = _norms("رئيس مدير وزير أمين عام عضو نائب مساعد مستشار متحدث ناطق استشاري سفير قائد مسؤول متخصص مشرف "
                "وكيل محافظ أمير مندوب مفوض مفتي منسق ملحق قنصل")
_STOP = _norms("باسم الذي التي الذين وهو وهي خلال أمس اليوم")
RELATIVE_PRONOUNS = _norms("الذي التي")
_ABD = normalize("عبد")
ARTICLE_WITH_PREPOSITION = ("لل", "بال", "وال", "كال", "فال")  # a preposition with the article: للمهرجان
_MAX_GIVEN = 3  # given names before the family name (طارق محمود أمين)
_GIVEN_ZIPF = 5.3  # a given name is rarer than everyday words (كلمة 5.4; محمد 6.1 is a known first name)
_FIRST_ZIPF = 5.0  # the first word, unless a known first name (صديق 4.9, كلمة 5.4)
FAMILY_ZIPF = 4.5  # a family name with ال is rarer than the nouns that follow names (المناطق)


def family_name(word: str, zipf: dict[str, float]) -> bool:
    """A word with ال rare enough to close a name as its family's: not a verbal noun of a doing nor
    the plural of a derived one, however rare ("السفير عبد العاطي الاقتحامات": the raids he condemned; الاستعدادات)."""
    if zipf.get(word, 0.0) >= FAMILY_ZIPF:
        return False
    if len(word) == 7 and word.startswith("الت") and word[5] == "ي":
        return False  # the verbal noun of a doing, التفعيل: "شجب النائب نعمة طعمة التفجير" (what he condemned)
    return not (word.startswith(("الا", "الإ", "الأ")) and word.endswith("ات") and len(word) >= 8)
_CLUB = _norms("نادي")
_NOT_CLUB_NAMES = _norms("الرياضي الثقافي الأدبي الاجتماعي الصحفي الصيفي الجديد")  # نادي الرياضي: no name
ROYAL = _norms("ملك الملك أمير الأمير")  # "الأمير تركي بن عبدالله": the prince's name, no nationality
_NOT_NAME_START = ("ال", "ي", "ت", "ن", "سي", "ست", "ب", "ل", "و")  # the article, imperfect verbs, proclitics
_LONE_ZIPF = 4.7  # a one-word name after an office (كارتر 4.0، أوباما 4.6) is rarer than the words that
# follow one (الجديد 5.5), and is no imperfect verb (الرئيس الأمريكي يزور)

_BODIES = _norms("الخارجية الداخلية الدفاع الرئاسة الحكومة السلطات الشرطة النيابة الخزانة البحرية الجيش السفارة "
                 "القنصلية")
_MINISTRY = _norms("وزارة إمارة")  # إمارة منطقة مكة المكرمة: a governorate's administration
# heads of bodies named by function and country like a ministry: مجلس الوزراء الصيني، مجلس اللاجئين
# النرويجي، معهد الاقتصاد الألماني (never alone: مجلس العزاء، مركز المدينة name no body)
_NATIONAL_BODIES = _norms("مجلس معهد مركز صندوق مكتب جهاز مفوضية محكمة برلمان وكالة")
_REGIONS = _norms("منطقة محافظة إقليم")
_CITY_BODIES = _norms("شرطة أمانة بلدية")  # شرطة جدة: a city's police, the body of its place
_TITLE_WORDS = _norms("وزير وزيرة نائب مساعد المتحدث متحدث الناطق ناطق")
_DIRECTIONS = _norms("الشمالية الجنوبية الشرقية الغربية الاتحادية الشمالي الجنوبي")


def honorific_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
                    function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of people named right after an honorific."""
    out = []
    for i, word in enumerate(norms[:-2]):
        if HONORIFICS.isdisjoint(stems(word)):
            continue
        a = i + 2 if norms[i + 1] == "." and len(word) == 1 else i + 1  # د. أحمد (not "اللاعب. وصرح")
        while a < len(norms) - 1 and not HONORIFICS.isdisjoint(stems(norms[a])):
            a += 1  # a chain of them: العقيد دكتور عاطي
        if a < len(norms) and norms[a] == _FIRST_RANK and norms[a - 1] in HONORIFICS:
            a += 1  # "الفريق أول صدقي صبحي": the rank's degree
        if word in _RANK_OR_WORD and not (a < len(norms) and (is_first_name(norms[a]) or norms[a - 1] == _FIRST_RANK)):
            continue  # "الفريق" is the team as often as the rank: "بلاعبي الفريق قبيل انطلاق الحصة"
        if tuple(norms[a:a + 2]) == STAFF_QUALIFIED:
            a += 2  # a rank's staff qualification: "اللواء أركان حرب عصمت مراد"
        end = _name_after(norms, a, zipf, is_first_name, function_words, honoured=True)
        if end == a + 1 and is_first_name(norms[a]) and (_nisba(norms, end, function_words)
                                                         or _everyday_family(norms, end, function_words)):
            end += 1  # a known given name, then the family's nisba: "المدرب خليل المصري" (or an everyday
            # word: "سعادة السفير محمد الطيب بزيارة")
        if end - a >= 2:
            out.append((a, end))
    return out


def _everyday_family(norms: list[str], k: int, function_words: frozenset[str]) -> bool:
    """Whether token ``k`` may close a name after an honorific and a known given name though it is
    an everyday word with ال (الطيب، الجميل): nothing with ال follows it, and it is no time word,
    office or function word."""
    w = norms[k] if k < len(norms) else ""
    nxt = norms[k + 1] if k + 1 < len(norms) else ""
    return _family_word(w, function_words) and len(w) >= 5 and w not in _STOP and not nxt.startswith("ال")


def _nisba(norms: list[str], k: int, function_words: frozenset[str]) -> bool:
    """Whether token ``k`` is a nisba (المصري، الحربي) that may close a name as its family name."""
    w = norms[k] if k < len(norms) else ""
    return _family_word(w, function_words) and w.endswith(("ي", "يه"))


def _family_word(w: str, function_words: frozenset[str]) -> bool:
    """A word with ال that is no function word, relative pronoun, honorific or office: what may stand
    as a family name after a given name."""
    return w.startswith("ال") and w.isalpha() and w not in function_words and w not in RELATIVE_PRONOUNS \
        and w not in HONORIFICS and w[2:] not in ROLES


def nationality_names(norms: list[str], nationality: Callable[[str], str | None], zipf: dict[str, float],
                      is_first_name: Callable[[str], bool], function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of people introduced by what they are and their nationality, then a given name
    the lists know: "حظي الشاب السوداني مجدي الصديق", "المدرب الجزائري عبد القادر عمراني". The
    known given name and a second word are what make it a name (not "الجانب الأمريكي يرى")."""
    out = []
    for i in range(1, len(norms) - 2):
        if not norms[i].startswith("ال") or not norms[i].endswith(("ي", "يه")) or not nationality(norms[i]) \
                or not is_first_name(norms[i + 1]) or norms[i + 1] in function_words:
            continue  # (an adjective, not "في الأردن كمال"; not "الأمريكي على الحكومة": على normalises to علي)
        end = _name_after(norms, i + 1, zipf, is_first_name, function_words)
        if end == i + 2 and end < len(norms) and norms[end].startswith("ال") and norms[end].isalpha() \
                and norms[end] not in function_words and norms[end] not in RELATIVE_PRONOUNS \
                and not nationality(norms[end]) and norms[end][2:] not in ROLES:
            end += 1  # the family name, however everyday the word: مجدي الصديق
        if end - (i + 1) >= 2:
            out.append((i + 1, end))
    return out


def nationality_given_names(norms: list[str], nationality: Callable[[str], str | None], zipf: dict[str, float],
                            is_first_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of people whose given name is a nationality too, then a family name: "ومدير فرع
    الهيئة بالمنطقة تركي الشليل" (not the adjective Turkish: that takes ال after a definite noun and
    is never followed by a rare word with ال)."""
    return [(i, i + 2) for i in range(len(norms) - 1)
            if not norms[i].startswith("ال") and nationality(norms[i]) and is_first_name(norms[i])
            and norms[i + 1].startswith("ال") and norms[i + 1].isalpha() and not nationality(norms[i + 1])
            and norms[i + 1] not in RELATIVE_PRONOUNS and family_name(norms[i + 1], zipf)]


def title_names(norms: list[str], head_at: Callable[[list[str], int], tuple[str, ...] | None],
                nationality: Callable[[str], str | None], zipf: dict[str, float],
                is_first_name: Callable[[str], bool], function_words: frozenset[str],
                country_end: Callable[[int], int | None] = lambda i: None) -> list[tuple[int, int]]:
    """(start, end) token ranges of people named right after an office and its nationality
    (``head_at``: the office starting at token i, as ``ner.titles`` reads it). Stricter than
    after an honorific: verbs and nouns follow an office as often as names do."""
    out = []
    n = len(norms)
    for i in range(n - 2):
        head = head_at(norms, i)
        if head is None or head[0] in ROYAL or i + len(head) >= n:
            continue
        accredited = False  # "سفير … لدى المملكة": a name follows for sure, however everyday its words
        if nationality(norms[i + len(head)]):
            a = i + len(head) + 1
        elif (found := _of_country(norms, i + len(head), country_end)) is not None:
            a, accredited = found
        else:
            continue
        while a < n and (norms[a] in ("،", ",") or accredited and norms[a] in HONORIFICS):
            a += 1
        j = a
        while j < n and j - a < _MAX_GIVEN + 1:
            w = norms[j]
            if w in CONNECTORS and j + 1 < n and norms[j + 1].isalpha():
                j += 2  # عبد الفتاح، بن سلمان
            elif j == a and (k := _ali_name(norms, j, zipf, is_first_name)):
                j += k  # "وزير الخارجية الإيراني علي أكبر ولايتي"
            elif w not in function_words and _SPEECH_VERBS.isdisjoint(stems(w)) and (
                    _looks_like_name(w, zipf, is_first_name, first=j == a)
                    or accredited and w.isalpha() and not w.startswith("و")):
                j += 1  # (not "أن السيناتورة الأمريكية شددت": what she did)
            else:
                break
        if j > a and j < n and norms[j].startswith("ال") and family_name(norms[j], zipf):
            j += 1  # the family name: عادل الجبير
        if j > a:
            out.append((a, j))
    return out


_ALI = normalize("علي")  # the given name and the preposition على, alike once normalised
_ALI_COMPOUNDS = _norms("أكبر أصغر رضا")  # علي أكبر ولايتي، علي أصغر، علي رضا: one given name of two words
_ALI_FAMILY_ZIPF = 4.2  # a family name after علي, closed at once, is rarer than this (القحطاني 4.1; not الدوام 4.3)


def _ali_name(norms: list[str], j: int, zipf: dict[str, float], is_first_name: Callable[[str], bool]) -> int:
    """How many words of a name علي at ``j`` starts (0: it is the preposition على). The given
    name goes on with a name ("علي عواض عسيري"), or is one of two words and a family name after
    them ("علي أكبر صالحي"); "شدد الوزير الإيراني على ضرورة" goes on with an everyday noun."""
    if norms[j] != _ALI or j + 1 >= len(norms):
        return 0
    nxt = norms[j + 1]
    if nxt in _ALI_COMPOUNDS:
        last = norms[j + 2] if j + 2 < len(norms) else ""
        return 3 if last.isalpha() and not last.startswith(("ال", "و")) and zipf.get(last, 0.0) < FAMILY_ZIPF else 0
    if nxt.startswith("ال") and family_name(nxt, zipf) and zipf.get(nxt, 0.0) < _ALI_FAMILY_ZIPF \
            and (j + 2 >= len(norms) or not norms[j + 2].isalpha()):
        return 2  # "ورئيس التحرير المكلف علي الزيد.": a rare family name closed at once (not "على الدوام")
    possessed = any(nxt.endswith(p) and zipf.get(nxt[:-len(p)], 0.0) >= _EVERYDAY_STEM_ZIPF for p in ("هم", "هما", "ها", "كم"))
    named = nxt.isalpha() and not nxt.startswith(("ال", "و")) and not possessed and (
        is_first_name(nxt) or _looks_like_name(nxt, zipf, is_first_name, first=False))
    return 1 if named else 0  # (not "شكر المدير على جهودهم": a noun and its pronoun)


def names_before_titles(norms: list[str], head_at: Callable[[list[str], int], tuple[str, ...] | None],
                        nationality: Callable[[str], str | None], zipf: dict[str, float],
                        is_first_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of a person named right before an office and its nationality, the order wire
    copy gives a guest: "استقبل الملك … أمس سامح شكري وزير الخارجية المصري". A known given name
    and a rarer word; the office must name its country, or anything may stand before it."""
    out = []
    for i in range(2, len(norms) - 1):
        first, last = norms[i - 2], norms[i - 1]
        if not (is_first_name(first) and last.isalpha() and not last.startswith(("ال", "و")) and not is_first_name(last)
                and zipf.get(last, 0.0) < FAMILY_ZIPF and not first.startswith("و")):
            continue  # (the cheap test first: an office is looked up only after a name)
        head = head_at(norms, i)
        if head is not None and head[0] not in ROYAL and i + len(head) < len(norms) and nationality(norms[i + len(head)]):
            out.append((i - 2, i))
    return out


def _of_country(norms: list[str], i: int, country_end: Callable[[int], int | None]) -> tuple[int, bool] | None:
    """Where a name would start after an office's country named, not adjectival, and whether the
    office was accredited to another ("سفير جمهورية باكستان لدى المملكة منظور الحق" → منظور, True).
    None when no country is named at ``i``."""
    if i < len(norms) and norms[i] in STATE_NOUNS:
        i += 1
    end = country_end(i)
    if end is None:
        return None
    if end < len(norms) and norms[end] == TO_COUNTRY and (there := country_end(end + 1)) is not None:
        return there, True
    return end, False


def _looks_like_name(word: str, zipf: dict[str, float], is_first_name: Callable[[str], bool], first: bool) -> bool:
    """A known given name, or a rare word that general text does not use with the article
    (كارتر، شينزو; not تعليقات/التعليقات) and that does not read as a verb or adverb (يزور،
    اجتمع، قانونا)."""
    if is_first_name(word):
        return True
    z = zipf.get(word, 0.0)
    if not (z < _LONE_ZIPF and zipf.get("ال" + word, 0.0) < z - 1.0 and word.isalpha()) \
            or word.startswith(("ال", "و")) or word[-1] == "ه" and zipf.get(word[:-1], 0.0) >= 4.0:
        return False  # the article, the next item (ونظيره), a noun with a pronoun (تحذيره)
    if _preposition_on_everyday(word, zipf):
        return False  # لقيام
    if word.endswith("ا") and zipf.get(word[:-1], 0.0) >= _EVERYDAY_STEM_ZIPF:
        return False  # an adverbial accusative: اجتماعا ثنائيا موسعا
    return not (first and (word.startswith(_NOT_NAME_START) or word.endswith(("نا", "يا"))
                           or word[0] == "ا" and len(word) <= 5))


def _preposition_on_everyday(word: str, zipf: dict[str, float]) -> bool:
    """ل، ب or ك on an everyday word (لسوق، لقيام): a preposition, not the first letter of a name."""
    return word[0] in "لبك" and zipf.get(word[1:], 0.0) >= FAMILY_ZIPF


def father_end(norms: list[str], i: int) -> int:
    """End of the name after the connector at ``i`` (بن عبدالعزيز، آل سعود): one word, or two
    when it is عبد (بن عبد العزيز: عبد takes the word after it)."""
    j = i + 2
    if norms[j - 1] == _ABD and j < len(norms) and norms[j].isalpha() or j < len(norms) and norms[j] in _SECOND_OF_TWO:
        j += 1  # (and "بن زين العابدين"، "بن نور الدين": a given name of two words)
    return j


def _role_word(w: str) -> bool:
    return w in ROLES or w.startswith("ال") and w[2:] in ROLES


def _name_after(norms, a, zipf, is_first_name, function_words, honoured: bool = False) -> int:
    """End of the name starting at ``a`` (``a`` itself when none starts there). ``honoured``: an
    honorific stands right before, so a first word with و is the name's own letter (البروفسور ويدي)."""
    j, given, lineage, ben = a, 0, False, False
    while j < len(norms):
        w = norms[j]
        if not w.isalpha() or w in _STOP or _role_word(w) or w.startswith(ARTICLE_WITH_PREPOSITION) \
                or (w.endswith("ا") and w[:-1] in ROLES):
            break  # (… آل سعود مستشارًا: the role he was named to)
        if w in CONNECTORS:  # بن عبدالعزيز، آل سعود: the connector and the name after it
            if j + 1 >= len(norms) or not norms[j + 1].isalpha() or norms[j + 1] in function_words \
                    and not (w in LINEAGE and is_first_name(norms[j + 1])):  # بن علي (normalised as على)
                break
            j, lineage, ben = father_end(norms, j), True, ben or w in LINEAGE
            continue
        if w.startswith("ال"):  # a family name closes the name
            if j > a and (family_name(w, zipf) or lineage and w.endswith("ي") and w.isalpha()
                          or lineage and j + 1 < len(norms) and _role_word(norms[j + 1])):
                j += 1  # (after a lineage a nisba is the family's: عبدالله بن عبدالمحسن التركي; so an
                # everyday word before an office: "سامي بن عبدالله الصالح سفير خادم الحرمين")
            break
        known = is_first_name(w)
        z = zipf.get(w, 0.0)
        if j == a and not known and z >= _FIRST_ZIPF:
            break  # "السيد خالد" yes, "الحارس سحب شكواه" no: a first word this common is rarely a name
        if _preposition_on_everyday(w, zipf) and FAMILY_ZIPF > z:
            break  # لسوق
        if lineage and known and not ben and given < _MAX_GIVEN and w not in function_words:
            given += 1  # "عبد الرحيم أحمد سالم عتيق": after عبد (no lineage) a known given name goes on
            j += 1
            continue
        if lineage:  # بن محمد حجار: after a lineage, a family name without ال closes the name
            if z < FAMILY_ZIPF and w not in function_words and w[0] != "و":
                j += 1
            break
        if given >= _MAX_GIVEN or w in STAFF or (w in function_words and not (known and j == a)) or (
                zipf.get(w, 0.0) >= _GIVEN_ZIPF and not known) or (w[0] == "و" and not known and not (honoured and j == a)) \
                or j > a and w[0] == "ي" and not known:
            break  # a word with و starts the next item; one with ي after the first is a verb ("سعود مكبش يخضع")
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
        city = _indefinite(norms[i], _CITY_BODIES)
        if city and (end := country_at(i + 1 + (norms[i + 1] in _REGIONS))):
            out.append((a, end))  # شرطة جدة، أمانة منطقة الرياض
            i = end
            continue
        j = i + 1 if norms[i] in _MINISTRY or norms[i] in _NATIONAL_BODIES or city else i
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


_CHAMBER = _norms("غرفة")
_CHAMBER_KINDS = _norms("التجارية الصناعية والصناعية")
_PLACE_NOUNS = _norms("بمنطقة بمحافظة بمدينة في")


def chambers(norms: list[str], place_at: Callable[[int], int | None],
             is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) token ranges of chambers of commerce named by their place: "الغرفة التجارية
    الصناعية بمنطقة الجوف", "الغرفة التجارية بجدة", "غرفة الرياض" (not "غرفة العمليات", a room).
    ``place_at(i)``: the end of a place name starting at token i, if one does; ``is_place``: a
    one-word place name (جدة in بجدة)."""
    out, n = [], len(norms)
    for i in range(n - 1):
        if _CHAMBER.isdisjoint(stems(norms[i])):
            continue
        if not _indefinite(norms[i], _CHAMBER):  # الغرفة التجارية (الصناعية) ب…
            j = i + 1
            while j < n and norms[j] in _CHAMBER_KINDS:
                j += 1
            if j == i + 1:
                continue
            if j + 1 < n and norms[j] in _PLACE_NOUNS and (end := place_at(j + 1)) is not None:
                j = end
            elif j < n and norms[j][:1] == "ب" and is_place(norms[j][1:]):
                j += 1  # بالجوف، بجدة
            out.append((i, j))
        elif (end := place_at(i + 1)) is not None:
            out.append((i, end))  # غرفة جدة
    return out


def clubs(norms: list[str], nationality: Callable[[str], str | None] = lambda w: None,
          is_first_name: Callable[[str], bool] = lambda w: False) -> list[tuple[int, int]]:
    """(start, end) token ranges of clubs: "نادي الاتحاد", "بنادي النصر" (the span starts at the
    word after the proclitic-bearing نادي; the entity stage removes proclitics), foreign clubs
    named without the article: "نادي مانشستر سيتي", "نادي برشلونة الإسباني" (its country after it),
    and a one-word name its head's given name follows: "رئيس نادي هجر سامي الملحم"."""
    out = []
    for i in range(len(norms) - 1):
        if _CLUB.isdisjoint(stems(norms[i])):
            continue
        if norms[i + 1].startswith("ال") and norms[i + 1][2:].isalpha() and norms[i + 1] not in _NOT_CLUB_NAMES:
            out.append((i, i + 2))
            continue
        if not norms[i].startswith(("نادي", "بنادي", "لنادي", "ونادي")):
            continue  # (not النادي الأهلي's inflections: the article is on the noun)
        words = [k for k in range(i + 1, min(len(norms), i + 3))
                 if norms[k].isalpha() and not norms[k].startswith("ال")
                 and (not norms[k].startswith("و") or k == i + 1 and not norms[k].startswith("وال"))]
        # (و starts no club's second word, "نادي X وY"; the first may be foreign: "نادي وست بروميتش")
        words = words[:next((n for n, k in enumerate(words) if k != i + 1 + n), len(words))]
        if words and norms[words[-1]] in _CLUB_SUFFIXES:
            out.append((i + 1, words[-1] + 1))
        elif words and words[0] + 1 < len(norms) and is_first_name(norms[words[0] + 1]) \
                and i > 0 and _role_word(norms[i - 1]) and not is_first_name(norms[words[0]]):
            out.append((i + 1, words[0] + 1))
        elif words and (end := words[-1] + 1) < len(norms) and nationality(norms[end]) and len(words) <= 2:
            out.append((i + 1, end))
        elif words and end + 1 < len(norms) and norms[end].startswith("ال") and not nationality(norms[end]) \
                and nationality(norms[end + 1]) and len(words) <= 2:
            out.append((i + 1, end + 1))  # "نادي وست بروميتش البيون الإنجليزي": a last word with ال
    return out


_MAX_COMPANY_WORDS = 2


def companies(norms: list[str], nationality: Callable[[str], str | None], zipf: dict[str, float],
              function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of a foreign company named without شركة but by its country and trade: "بيرسون
    البريطانية للنشر", "أكسل سبرينجر الألمانية للنشر الصحفي". The feminine nationality (the
    unsaid شركة) and the trade with لل after it tell a company from a city (كاربونديل الأمريكية)."""
    out, n = [], len(norms)
    for k in range(1, n - 1):
        if not by_country_and_trade(norms, k, nationality):
            continue
        a = dotted = _dotted_start(norms, k)  # "أو.سي.آي إن.في الهولندية للكيماويات": initials
        while dotted == k and a > 0 and k - a < _MAX_COMPANY_WORDS and norms[a - 1].isalpha() \
                and not norms[a - 1].startswith(("ال", "وال")) and norms[a - 1] not in function_words \
                and zipf.get(norms[a - 1].removeprefix("و"), 0.0) < _MEDIA_ZIPF:
            a -= 1
            if norms[a].startswith("و"):
                break  # "وأكسل سبرينجر": the conjunction opens the name's item (the entity stage drops it)
        if a < k:
            out.append((a, k))
    return out


def by_country_and_trade(norms: list[str], k: int, nationality: Callable[[str], str | None]) -> bool:
    """Whether token ``k`` is a feminine nationality with a trade after it (البريطانية للنشر): what
    follows a company's name when شركة goes unsaid. Needs token ``k + 1``."""
    return norms[k].endswith("يه") and bool(nationality(norms[k])) and norms[k + 1].startswith("لل") \
        and norms[k + 1][2:].isalpha()


def _dotted_start(norms: list[str], k: int) -> int:
    """Start of a name of initials ending right before ``k`` ("أو . سي . آي إن . في"): short words
    each next to a full stop; ``k`` when none ends there."""
    def initial(i: int) -> bool:
        return norms[i].isalpha() and len(norms[i]) <= _INITIAL_LETTERS and (
            i + 1 < len(norms) and norms[i + 1] == "." or i > 0 and norms[i - 1] == ".")
    a = k
    while a > 0 and (initial(a - 1) or norms[a - 1] == "." and a - 1 > 0 and initial(a - 2)):
        a -= 1
    return a if "." in norms[a:k] and norms[a] != "." else k


_INITIAL_LETTERS = 3
_CLUB_SUFFIXES = _norms("سيتي ستي يونايتد")  # مانشستر سيتي، ليدز يونايتد
_ORG_NOUNS = _norms("حزب مديرية هيئة جمعية منظمة مؤسسة شركة اتحاد نقابة رابطة لجنة بعثة صندوق")  # nouns that head only organisations
# (هيئة التدريس is a faculty: in _NOT_ORG_NAMES)
_MEDIA = _norms("صحيفة جريدة مجلة موقع قناة وكالة")
# the nouns the rules start a body's name with: a proclitic comes off them, never a letter of
# their own (بلدية روما is not ب + لدية)
HEAD_NOUNS = _ORG_NOUNS | _MEDIA | _MINISTRY | _NATIONAL_BODIES | _CITY_BODIES | _CHAMBER | _norms("الغرفة")
_NOT_ORG_NAMES = _norms("الجديدة الجديد الكبرى المذكورة المعنية التابعة التابع نفسها ذاتها المختصة الأولى التدريس "
                        "القول الاقتراع البريد الأسود السيارة")  # (صندوق الاقتراع: a ballot box)
_MAX_ORG_WORDS = 4
_CONSTRUCT_ZIPF = 4.0
_RANKS = _norms("الفريق الركن")  # هيئة الأركان المشتركة الفريق أول …
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset(QUOTE_PAIRS), frozenset(QUOTE_PAIRS.values())
_GROUP = _norms("مجموعة")  # a business group, when its name is quoted or in brackets (not "مجموعة من")
_MAX_QUOTED = 5
_MEDIA_ZIPF = 4.5  # words of a transliterated title (برلينر 1.8، بوست 4.3) are rarer than the
# everyday words that follow a media noun (أنباء، فضائية، إلكتروني)
_THE_WORDS = _norms("ذا ذي")  # "ذا لوكال", "ذا تايمز", "ذي إيكونوميست": English "The"
_COMPANIES = _norms("شركة مجموعة")
# "وذكرت صحيفة آفي المقربة من الحكومة": right after a verb of reporting, a media noun's rare word
# that is no adjective agreeing with it (ناطقة، شهرية end in ة) is its name
_REPORTED_BY = _norms("ذكرت قالت أفادت أوردت نشرت كشفت نقلت أشارت أضافت")  # (and with و: وذكرت)
_REPORTED_ZIPF = 4.0
_LONE_BODIES = _norms("الشرطة النيابة الجيش الادعاء")
_PORTFOLIO_HEADS = _norms("وزارة")
_PRESIDENCY = _norms("رئاسة ورئاسة")  # رئاسة الجمهورية، رئاسة الوزراء: the head of state's office (not رئاسة
# الوفد; not لرئاسة/برئاسة الجمهورية, which is the office held, not the body)
_PRESIDED = _norms("الجمهورية الوزراء الحكومة")
_OFFICE_HELD = _norms("سباق منصب انتخابات مرشح مرشحا تولى يتولى تسلم")  # "سباق رئاسة الجمهورية": the office
_PUBLIC = _norms("العامة العام")  # النيابة العامة، الادعاء العام
_ROLE_REACH = 8  # words from a role to the name that closes its chain (مدير مستشفى … بصحة تبوك معيض …)
_NAME_CLOSERS = frozenset({":", "،", ",", "."}) | _norms("أن إن بأن لـ وذلك")  # (لـ"سبق": to the paper; "… عامر الداوودي وذلك بمقر المركز")
_MET_WITH = _norms("مع")  # closes a chain of titles too: "اجتمع رئيس نادي هجر سامي الملحم مع"
_PERFORMERS = _norms("الممثلة الممثل الفنانة الفنان المطربة المطرب المخرج المخرجة اللاعب اللاعبة النجم النجمة")


def _indefinite(word: str, heads: frozenset[str]) -> bool:
    """``word`` is one of ``heads`` without the article, proclitics aside (بحزب yes, للحزب no)."""
    return not heads.isdisjoint(stems(word)) and not word.startswith(("ال", *ARTICLE_WITH_PREPOSITION))


def organisations(norms: list[str], function_words: frozenset[str], zipf: dict[str, float]) -> list[tuple[int, int]]:
    """(start, end) of "حزب القوات اللبنانية", "مديرية الأمن العام": a noun that heads only
    organisations, in the construct state (no ال), then one to four words with ال (or وال).
    A rank or honorific inside ("مؤسسة الملك فيصل", "هيئة الأركان الفريق …") means the name
    goes on past what this reads, or has ended: neither is taken."""
    out, n = [], len(norms)
    for i in range(n - 1):
        if not _indefinite(norms[i], _ORG_NOUNS):
            continue
        j = i + 1
        if j + 1 < n and _construct_noun(norms[j], zipf, function_words) and norms[j + 1].startswith("ال"):
            j += 1  # a construct chain: لجنة مبادرة السلام العربية، هيئة تنظيم الكهرباء
        while j < n and j - i <= _MAX_ORG_WORDS and norms[j].startswith(("ال", "وال")) and norms[j].isalpha() \
                and norms[j] not in _NOT_ORG_NAMES and norms[j] not in function_words \
                and not (j == i + 1 and norms[j].startswith("و")):
            j += 1
        if j > i + 1 and norms[j - 1].startswith(("ال", "وال")) \
                and not any(w in HONORIFICS or w in ROYAL or w in _RANKS for w in norms[i + 1:j]):
            out.append((i, j))
    return out


def _construct_noun(word: str, zipf: dict[str, float], function_words: frozenset[str]) -> bool:
    """An everyday noun a body's name goes on with (مبادرة، تنظيم، حماية): not a rare foreign name
    (شركة لوكويل العملاقة: the name is لوكويل, the adjective is no part of it), not a preposition on
    a noun (شركة لتأجير السيارات) or a noun with a pronoun (زميليهما)."""
    return word.isalpha() and not word.startswith(("ال", "و", "ل", "ب")) and word not in function_words \
        and zipf.get(word, 0.0) >= _CONSTRUCT_ZIPF and not word.endswith(("هما", "هم"))


def quoted_names(norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the quoted words after an organisation or media noun: شركة "بوبا العربية"،
    قناة “جيو”، موقع «تي إم زد»."""
    out, n = [], len(norms)
    for i in range(n - 2):
        if norms[i + 1] not in _OPEN_QUOTES | {"("} or not _indefinite(norms[i], _ORG_NOUNS | _MEDIA | _CLUB | _GROUP):
            continue  # (and in brackets: 'ذكرت مجموعة (بيرسون بي ال سي) البريطانية')
        end = next((k for k in range(i + 2, min(n, i + 3 + _MAX_QUOTED)) if norms[k] in _CLOSE_QUOTES | {")"}), None)
        if end is not None and end > i + 2 and all(w.isalpha() for w in norms[i + 2:end]):
            out.append((i + 2, end))
    return out


def media_names(norms: list[str], zipf: dict[str, float], function_words: frozenset[str],
                named_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(start, end) of a transliterated title after a media noun, made whole: the tagger finds
    "برلينر" in "صحيفة برلينر مورجن بوست", nothing in "موقع ذا لوكال الإخباري". Only a name the
    tagger starts there (``named_at``) or one opened by ذا is taken: rare words after a media noun
    are as often Arabic (قناة ناطقة، مجلة شهرية، قناة بنما)."""
    out, n = [], len(norms)
    for i in range(n - 1):
        opens = named_at(i + 1) or norms[i + 1] in _THE_WORDS
        if not (_indefinite(norms[i], _MEDIA) and (opens or _reported_by(norms, i, zipf))
                or _indefinite(norms[i], _COMPANIES) and opens):
            continue  # (a company's transliterated name too: "شركة اكسبيرت باث تكنولوجي السعودية"، "مجموعة ذي إيكونوميست")
        j = i + 1
        while j < n and j - i <= _MAX_ORG_WORDS and norms[j].isalpha() and norms[j] not in function_words and (
                norms[j] in _THE_WORDS and j == i + 1
                or not norms[j].startswith(("ال", "و")) and zipf.get(norms[j], 0.0) < _MEDIA_ZIPF):
            j += 1
        if j > i + 1 and norms[j - 1] not in _THE_WORDS:
            out.append((i + 1, j))
    return out


def _reported_by(norms: list[str], i: int, zipf: dict[str, float]) -> bool:
    w = norms[i + 1]
    return i > 0 and norms[i - 1].removeprefix("و") in _REPORTED_BY and w.isalpha() and not w.startswith(("ال", "و")) \
        and not w.endswith("ه") and zipf.get(w, 0.0) < _REPORTED_ZIPF and nationality(w) is None


_SPOKESMEN = _norms("الناطق المتحدث الناطقة المتحدثة")
_OFFICIAL = _norms("الرسمي الرسمية")
ON_BEHALF = _norms("باسم")  # "الناطق باسم X": speaking for X (the event stage reads it too)
_MAX_SPOKEN_FOR = 3


def spoken_for(norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the body a spokesman speaks for, whatever it is called: "وقال الناطق باسم
    الإعلام الحربي" — only a body has a spokesman. Its definite words right after باسم."""
    out, n = [], len(norms)
    for i in range(n - 2):
        if norms[i] not in _SPOKESMEN:
            continue
        k = i + 1 + (norms[i + 1] in _OFFICIAL)
        if k >= n or norms[k] not in ON_BEHALF:
            continue
        j = k + 1
        while j < n and j - k <= _MAX_SPOKEN_FOR and norms[j].startswith("ال") and norms[j].isalpha() \
                and norms[j] not in RELATIVE_PRONOUNS:
            j += 1  # (not "التحالف الذي تقوده السعودية": the clause about it)
        if j > k + 1:
            out.append((k + 1, j))
    return out


_DESCRIBED_CLOSERS = _NAME_CLOSERS | _norms("اليوم أمس في")


def described_bodies(norms: list[str], function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of a body a speech verb names by what it does, with no name of its own: "وأوضحت
    اللجنة المركزية لمراقبة الفيضانات والعواصف اليوم أن". A definite noun that heads only
    organisations, its adjectives and a ل-complement, closed at once by what was said or when."""
    out, n = [], len(norms)
    for i in range(n - 3):
        head = norms[i + 1]
        if _SPEECH_VERBS.isdisjoint(stems(norms[i])) or not head.startswith("ال") or head[2:] not in _ORG_NOUNS:
            continue
        j = i + 2

        def described(k: int) -> bool:
            return norms[k].startswith(("ال", "وال")) and norms[k].isalpha() and norms[k] not in function_words \
                and norms[k] not in _DESCRIBED_CLOSERS and norms[k] not in _STOP

        while j < n and j - i <= _MAX_ORG_WORDS and described(j):
            j += 1
        if j + 1 < n and norms[j][:1] == "ل" and not norms[j].startswith("ال") and norms[j].isalpha() \
                and norms[j] not in function_words and described(j + 1):
            j += 2  # لمراقبة الفيضانات
            while j < n and j - i <= 2 * _MAX_ORG_WORDS and described(j):
                j += 1
        if j > i + 2 and j < n and norms[j] in _DESCRIBED_CLOSERS:
            out.append((i + 1, j))
    return out


def lone_bodies(norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of "الشرطة", "النيابة العامة", "الادعاء العام", "الجيش": bodies news lets speak by function
    alone (with a country they are ``state_bodies``)."""
    out = []
    for i, w in enumerate(norms):
        bare = w[1:] if w[:1] in "وف" and w[1:] in _LONE_BODIES else w
        if bare in _LONE_BODIES:
            out.append((i, i + 2 if i + 1 < len(norms) and norms[i + 1] in _PUBLIC else i + 1))
    return out


def national_councils(norms: list[str], nationality: Callable[[str], str | None]) -> list[tuple[int, int]]:
    """(start, end) of a definite body named by its kind and nationality, one adjective between at
    most: "المجلس الوزاري الأوروبي", "البرلمان الأوروبي", "المعهد الوطني الفرنسي"."""
    out, n = [], len(norms)
    for i in range(n - 1):
        if not (norms[i].startswith("ال") and norms[i][2:] in _NATIONAL_BODIES):
            continue
        j = i + 1 + (i + 2 < n and norms[i + 1].startswith("ال") and not nationality(norms[i + 1]))
        if j < n and nationality(norms[j]):
            out.append((i, j + 1))
    return out


_COMMAND = _norms("قيادة")
_COMMANDED = _norms("التحالف الجيش الأركان الشرطة العمليات الحرس")  # not قيادة السيارة (driving)
_FORCES = _norms("قوات القوات")
_MAX_COMMAND_ADJECTIVES = 2


def commands(norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of a military command that news lets speak: "قيادة قوات التحالف"، "قيادة
    التحالف العربي"، "قيادة الجيش" — قيادة followed by forces or a coalition, never "قيادة
    السيارات" (driving) or "قيادة الفريق" (leading the team)."""
    out, n = [], len(norms)
    for i in range(n - 1):
        if not _indefinite(norms[i], _COMMAND):
            continue
        j = i + 1
        if norms[j] in _FORCES and j + 1 < n and norms[j + 1].startswith("ال"):
            j += 2  # قيادة قوات التحالف
        elif norms[j] in _COMMANDED:
            j += 1
        else:
            continue
        while j < n and j - i < 2 + _MAX_COMMAND_ADJECTIVES and norms[j].startswith("ال") and norms[j].isalpha() \
                and norms[j] not in _NOT_ORG_NAMES and not norms[j].endswith(("ين", "ون")):  # (not الموالين)
            j += 1  # التحالف العربي، القوات المشتركة
        out.append((i, j))
    return out


def ministries(norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of a ministry named by its portfolio alone, "وزارة الخارجية", "وزارة الثقافة
    والإعلام", or the presidency, "رئاسة الجمهورية": the home country's, or one the article named
    before. Only the portfolio and what is joined to it by و: what follows may be the next word of
    the sentence (وزارة الخارجية القول)."""
    out, n = [], len(norms)
    for i in range(n - 1):
        if norms[i] in _PRESIDENCY and norms[i + 1] in _PRESIDED and (i == 0 or norms[i - 1] not in _OFFICE_HELD):
            out.append((i, i + 2))  # رئاسة الجمهورية
            continue
        if not _indefinite(norms[i], _PORTFOLIO_HEADS) or not norms[i + 1].startswith("ال") \
                or not norms[i + 1].isalpha():
            continue
        j = i + 2
        while j < n and j - i <= _MAX_ORG_WORDS and norms[j].startswith("وال") and norms[j].isalpha():
            j += 1
        out.append((i, j))
    return out


def role_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
               function_words: frozenset[str], free: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(start, end) of a person named at the end of a chain of titles: "وقال مدير مستشفى الولادة
    والأطفال بصحة تبوك معيض عويضة البلوي:". The name must look like one from its first word and
    be closed by a colon, a comma or أن, the way a speaker's chain of titles ends.
    ``free(i)``: token i is not yet part of a name (تبوك in the chain is a place, not a name)."""
    out, n = [], len(norms)
    for i, w in enumerate(norms):
        if ROLES.isdisjoint(stems(w)) and not (w.startswith("ال") and w[2:] in ROLES):
            continue
        for a in range(i + 1, min(n, i + 1 + _ROLE_REACH)):
            if norms[a] in _NAME_CLOSERS:
                break
            ali = _ali_name(norms, a, zipf, is_first_name)  # (علي أكبر صالحي: not the preposition)
            if not norms[a].isalpha() or not free(a) or norms[a] in function_words and not ali \
                    or not _looks_like_name(norms[a], zipf, is_first_name, first=True) \
                    or _indefinite(norms[a - 1], _CITY_BODIES | _REGIONS):  # رئيس بلدية محايل: the town
                continue
            end = max(a + ali, _name_after(norms, a, zipf, is_first_name, function_words))
            close = end + 1 if end < n and norms[end] in _CLOSE_QUOTES and a > 0 and norms[a - 1] in _OPEN_QUOTES \
                else end  # مدير إدارة الكرة بفريق الهلال «فهد المفرج» أن
            if end - a >= 2 and close < n and (norms[close] in _NAME_CLOSERS or norms[close] in _MET_WITH
                                               or norms[close] in _WHEN_CLOSERS
                                               or norms[close] == _IN and close + 1 < n and norms[close + 1] in _SAYINGS) \
                    and all(free(k) for k in range(a, end)):
                out.append((a, end))  # (or مع: "اجتمع رئيس نادي هجر سامي الملحم مع"; or when: "… مدير عام مطار
                # أبها فهد العدواني أمس في مكتبه")
            break
    return out


_WHEN_CLOSERS = _norms("أمس اليوم")
_IN = normalize("في")
_SAYINGS = _norms("بيان تصريح تصريحات حديث")  # "… سعيد النقير في بيان، أن": في, then the saying


# verbs news names its speakers right after: "وقال محمد عبد السلام، الناطق باسم …", "قالت الممثلة
# الجزائرية أمل بوشوشة إنها"
_SPEECH_VERBS = _norms("قال قالت أكد أكدت أوضح أوضحت أضاف أضافت أشار أشارت شدد شددت صرح صرحت ذكر ذكرت")
_SPEAKER_CLOSERS = _NAME_CLOSERS | _norms("إنه إنها أنه أنها بأنه بأنها لوكالة لصحيفة لقناة")  # ("… فهمي عاديسينا لوكالة الصحافة الفرنسية، أن")
# "أعرب أحمد الشيخ عن شكره": expressed, and what follows the name is عن
_EXPRESSED = _norms("أعرب أعربت")
_EXPRESSED_CLOSERS = _norms("عن")


def speaker_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
                  function_words: frozenset[str], is_nationality: Callable[[str], bool],
                  free: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(start, end) of the speaker a speech verb names right after it, behind roles, honorifics and a
    nationality, when the name looks like one from its first word and a comma, a colon or إن/أن
    closes it — the way a speaker is introduced."""
    out, n = [], len(norms)
    for i, w in enumerate(norms[:-2]):
        expressed = not _EXPRESSED.isdisjoint(stems(w))
        if _SPEECH_VERBS.isdisjoint(stems(w)) and not expressed:
            continue
        closers = _SPEAKER_CLOSERS | _EXPRESSED_CLOSERS if expressed else _SPEAKER_CLOSERS
        a, titled = i + 1, False
        while a < min(n, i + 1 + _ROLE_REACH) and (
                not ROLES.isdisjoint(stems(norms[a])) or norms[a].startswith("ال") and norms[a][2:] in ROLES
                or norms[a] in HONORIFICS or norms[a] in _PERFORMERS or is_nationality(norms[a])
                or titled and norms[a].startswith("ال") and not is_first_name(norms[a])):
            titled = True  # (a role's complement: "وأوضح مدير العلاقات العامة داود الجميل،")
            a += 1
        if titled and a + 1 < n and norms[a] in ON_BEHALF and not free(a + 1):
            a += 1  # "وقالت الناطقة باسم دي ميستورا جيسي شاهين،": past the one spoken for, named already
            while a < n and not free(a):
                a += 1
        if a >= n or not norms[a].isalpha() or not free(a) or norms[a] in function_words \
                or not _looks_like_name(norms[a], zipf, is_first_name, first=True):
            continue
        end = _name_after(norms, a, zipf, is_first_name, function_words)
        if end == a + 1 and end + 1 < n and norms[end].startswith("ال") and norms[end + 1] in closers:
            end += 1  # a family name that is an everyday word, closed at once: "داود الجميل،"
        closed = end < n and (norms[end] in closers or norms[end].startswith("ال") and norms[end][2:] in ROLES)
        # (or its office after it: "وذكر رأفت الصباغ المتحدث الرسمي باسم المركز")
        if end - a >= 2 and closed and all(free(k) for k in range(a, end)) \
                and not any(w.startswith(("ب", "ي", "ت", "ل")) and not is_first_name(w) for w in norms[a + 1:end]):
            out.append((a, end))  # (not "فقال يوسف بهدوء يشبه البرود:": a manner, a verb)
    return out


_YEARS = _norms("عاما عاماً سنة سنوات عام")
_AGE_WORD_ZIPF = 4.5  # rarer than the nouns an age also follows (طالب 5.0, المرأة 5.5)
_POSSESSIVES = ("ه", "ها", "هم", "هما", "تي")  # جدتها (68 سنة): a relative, not a name


_SOVEREIGNS = _norms("الملك ملك جلالة البابا السلطان")
_ORDINALS = _norms("الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي")
_TEENS = _norms("عشر")
_MAX_REGNAL_WORDS = 2


def regnal_names(norms: list[str], is_first_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of a sovereign's name with its ordinal: "جلالة الملك محمد السادس", "البابا
    بنديكت السادس عشر" — a known given name after the sovereign's title, then the ordinal (and
    عشر), which no other name has. Not الأول: as often "first" ("لقاء الملك سلمان الأول مع")."""
    out, n = [], len(norms)
    for i in range(n - 2):
        if norms[i] not in _SOVEREIGNS or not is_first_name(norms[i + 1]):
            continue
        k = next((k for k in range(i + 2, min(n, i + 2 + _MAX_REGNAL_WORDS)) if norms[k] in _ORDINALS), None)
        if k is not None and all(w.isalpha() and not w.startswith("ال") for w in norms[i + 1:k]):
            out.append((i + 1, k + 2 if k + 1 < n and norms[k + 1] in _TEENS else k + 1))
    return out


_KIN = _norms("أخته اخته شقيقته ابنته زوجته أخوه اخوه شقيقه ابنه زوجها أخيه شقيقها أخاه")
_HALF = _norms("أبيه أمه أبيها أمها")  # "أخته من أبيه": his half-sister
_OF = normalize("من")


def kin_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
              function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of a relative named right after the kinship word: "وكانت في استقباله أختُه من
    أبيه أوما أوباما" — a person of their own, whose surname may be the one the article is about."""
    out, n = [], len(norms)
    for i, w in enumerate(norms[:-2]):
        if w not in _KIN:
            continue
        a = i + 3 if norms[i + 1] == _OF and norms[i + 2] in _HALF else i + 1
        end = _name_after(norms, a, zipf, is_first_name, function_words, honoured=True) if a < n else a
        if end - a >= 2:
            out.append((a, end))
    return out


def aged_names(norms: list[str], zipf: dict[str, float], function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the name an age in brackets follows: "ونقل عن كاهيل (29 عاما) قوله" — news
    gives a person's age that way, and the tagger misses foreign names it has not seen."""
    out = []
    for i in range(1, len(norms) - 3):
        if norms[i] != "(" or not norms[i + 1].isdigit() or norms[i + 2] not in _YEARS or norms[i + 3] != ")":
            continue
        w = norms[i - 1]
        if w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in function_words \
                and not w.endswith(_POSSESSIVES) and zipf.get(w, 0.0) < _AGE_WORD_ZIPF:
            out.append((i - 1, i))
    return out


def lineage_names(norms: list[str], zipf: dict[str, float], is_first_name: Callable[[str], bool],
                  function_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of "X بن Y …" where Y is a known first name: X a known first name too ("أحمد بن
    علي رئيس نادي الاتفاق", which the tagger misses at the start of a short article), or X an
    everyday word ("عادي بن حسين العادي", "ordinary") when a rare family name with ال closes it."""
    out, n = [], len(norms)
    for i in range(1, n - 1):
        if norms[i] not in LINEAGE or not is_first_name(norms[i + 1]):
            continue
        a, w = i - 1, norms[i - 1]
        if not w.isalpha() or w.startswith(("ال", "و")) or w in function_words or w in ROLES:
            continue
        given = is_first_name(w)
        if not given and zipf.get(w, 0.0) >= _GIVEN_ZIPF:
            continue
        end = _name_after(norms, i, zipf, is_first_name, function_words)
        if end < n and norms[end] == "ال" + w:
            end += 1  # the family named after the given name: عادي … العادي
        if given and end - a >= 3 or end - a >= 4 and norms[end - 1].startswith("ال"):
            out.append((a, end))
    return out


# what is named after a person: places and works (مطار الملك خالد) and bodies (جامعة الملك سعود)
_NAMED_AFTER = {**{normalize(w): "FAC" for w in "مطار مستشفى ملعب استاد مسجد جامع شارع طريق قاعة مدينة جسر ميناء "
                                              "قصر مجمع برج".split()},
                **{normalize(w): "ORG" for w in "جامعة مؤسسة جائزة مركز كلية معهد صندوق برنامج مكتبة جمعية".split()}}
_PATRON_TITLES = _norms("الملك الأمير الأميرة الشيخ الشيخة الإمام السلطان")
_MAX_EPITHETS = 2


def patron_at(norms: list[str], k: int) -> bool:
    """Whether the name at token ``k`` is a patron's in a body's or place's name: "مركز الملك سلمان"."""
    return k >= 2 and norms[k - 1] in _PATRON_TITLES \
        and any(f in _NAMED_AFTER for f in stems(norms[k - 2], article=False))


def named_after_people(norms: list[str], people: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, type) of places and bodies named after a person: "مدينة الأمير محمد بن عبدالعزيز
    الطبية", "مستشفى الملك فهد التخصصي", "لجامعة الملك سعود". ``people``: the person spans found so
    far; the name may hold its royal title or follow it. Epithets that follow are the name's too
    (الطبية، التخصصي، الدولي), not a title that starts the next person's name (الدكتور)."""
    out = []
    n = len(norms)
    for a, b in people:
        i = a - 1
        if i >= 0 and norms[i] in _PATRON_TITLES:
            i -= 1
        elif norms[a] not in _PATRON_TITLES:
            continue  # "مستشفى فهد" is no pattern news uses
        if i < 0:
            continue
        kind = next((_NAMED_AFTER[f] for f in stems(norms[i], article=False) if f in _NAMED_AFTER), None)
        if kind is None:
            continue
        end = b
        while end < n and end - b < _MAX_EPITHETS and norms[end].startswith("ال") and norms[end].endswith(("ي", "يه")) \
                and norms[end] not in HONORIFICS and norms[end] not in RELATIVE_PRONOUNS:
            end += 1  # (not الذي: "مستشفى الملك فهد الذي")
        out.append((i, end, kind))
    return out
