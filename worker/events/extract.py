"""Events from one article: triggers, then actors, place, date and modality around each.

Pure: the cleaned text, its map to the original body and the entity stage's records in, Event
records out. It reads entities, never names: every actor and place is an entity the entity
stage found (or, for a country only implied by a title — "الرئيس الأذربيجاني" — the same
``entity_id`` that stage gives the country by name), so events join with ``news.entities``.

Arabic news sentences are mostly verb-first: the trigger (التقى، عقد … اجتماعا، قال) comes first
or second, its subject follows it (or, with عقد/أجرى, precedes the verbal noun), the
counterpart follows "مع". When a sentence has no subject of its own ("وأكد أن …") it is the
previous sentence's. "أكد X أن … سيناقشان" is X reporting a planned event: both roles stay.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..lang.ar.clitics import stems, strip_conjunction
from ..lang.ar.normalize import normalize
from ..ner.canonical import entity_id
from ..ner.patterns import CONNECTORS, HEAD_NOUNS, HONORIFICS, LINEAGE, ON_BEHALF, ROLES, by_country_and_trade
from ..ner.titles import STATE_NOUNS
from ..ner.tokens import QUOTE_PAIRS, sentences, tokenize
from ..records import event as event_record
from ..resources.entities import country_of_place, known, nationality
from ..textmap import MappedText
from . import triggers as T
from .cameo import TYPES
from .quotes import Quote, find_quotes

__all__ = ["find_events"]

_ACTOR_TYPES = frozenset({"PER", "ORG", "GPE"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PUNCT = frozenset("،,:;-–()«»\"“”")
_QUOTE_MARKS = frozenset(QUOTE_PAIRS)  # opening marks
_CLOSING_MARKS = frozenset(QUOTE_PAIRS.values())
_MARKS = _QUOTE_MARKS | _CLOSING_MARKS
_WITH = T.norm_set("مع")
_FROM = T.norm_set("من")  # a call received from someone
_RECEIVED = T.norm_set("تلقى تلقت يتلقى تتلقى")
_SPEECH_NOUNS = T.norm_set("تصريح")
_FOR_HIS_PART = T.norm_set("جانبه جهته بدوره جانبها جهتها بدورها")
_TALK_NOUNS = T.norm_set("بحث مباحثات محادثات")  # what a meeting is told with again
_THE_ENCOUNTER = T.norm_set("اللقاء الاجتماع الاستقبال المباحثات المحادثات المشاورات")
_MEETING_NOUN = normalize("لقاء")
_THANKS_GAP = 3  # other words between the verb and the thanks
_CARRIERS = T.norm_set("برقية رسالة خطاب")  # what the thanks were sent in ("بعث … برقية شكر")
_ITS_TEXT = T.norm_set("برقيته برقيتها رسالته رسالتها")  # "وقال في نص برقيته": the cable told before
_WRITINGS = T.norm_set("تغريدة تغريدات مقالا مقالة منشورا تدوينة")  # "كتب تغريدة": he wrote (a statement)
_MATCH_WORDS = T.norm_set("الودي الودية ودي ودية وديا فريقه فريقها فريقهم")
_ENCOUNTERS = T.norm_set("اللقاءات الاجتماعات")  # many meetings, with whom right after: none told before
_TO_MEET = T.norm_set("للقاء للاجتماع")  # (as spelt: the article is no clitic the trigger forms strip)
_TO_DISCUSS = T.norm_set("لمناقشة لبحث")  # to discuss with someone: the one who goes, and whom he meets
_INTERVIEWS = T.norm_set("حديث مقابلة حوار لقاء")
_MEDIA_NOUNS = T.norm_set(T.MEDIA_WORDS + " تلفزيون برنامج")  # "لقاء مع قناة السعودية": an interview
_HONOURS = T.norm_set("معالي سمو فخامة سعادة فضيلة سماحة")
_BROUGHT = ("جمع",)  # اللقاء الذي جمع(ه، هما، ت) …
_IT_WAS = T.norm_set("تم جرى")
_PROMISED = T.norm_set("وعد وعدت تعهد تعهدت")
_THE_TWO = T.norm_set("الاثنان الاثنين الرجلان")  # "والتقى الاثنان": the two named last
_VIEWS = T.norm_set("وجهات وجهتا وجهتي الآراء آراء الرؤى رؤى المواقف مواقف")
_THANKING = T.norm_set("شاكرا شاكراً شاكرة")
_SAYING_PARTICIPLES = T.norm_set("قائلا قائلاً قائلة")
_ADDRESSING = T.norm_set("مخاطبا مخاطباً مخاطبة")  # "وأضاف مخاطبا رئيس الوزراء X": whom he spoke to, not who
_FOR_HIM = T.norm_set("له لها لهم لهما")
_TO_HIM = T.norm_set("به بها بهم بهما") | _FOR_HIM  # "رحب به سموه": whom, before who
_TO_THEM = T.norm_set("إليهم إليه إليها إليهما") | _FOR_HIM  # whom one spoke to, before what about
_COMPRISES = T.norm_set("يضم ويضم تضم وتضم ضم وضم")
_THE_DELEGATION = T.norm_set("الفريق الوفد")
_BOARD_MEMBERS = T.norm_set("وأعضاء وعضوات")
_BOARDS = T.norm_set("مجلس المجلس اللجنة الهيئة")  # (مجلس الإدارة، المجلس البلدي)
_HELD_BY = T.norm_set("أجراها أجراه أجرياها أجرياه عقدها عقده عقداها عقداه")  # المباحثات التي أجراها X وY
_SAYINGS = T.norm_set("تصريحات تصريح بيان كلمة حديث محاضرة")
_FORMER = T.norm_set("الأول الأولى")  # as a subject: the former of two
_LATTER = T.norm_set("الأخير الأخيرة")
_FRAMES = T.norm_set("في خلال عبر وفي")
# a clause of its own starts: what was said (…إنهما حاولا، لكن تشان تعرضت), not the verb's subject
_THAT_HE = T.norm_set("أنه أنها أنهما أنهم إنه إنها إنهما إنهم بأنه بأنها بأنهما بأنهم")  # that, with its pronoun
_CLAUSE = _THAT_HE | T.norm_set("لكن ولكن")
# "وكتب عن الأمل … بحمل تشان", "أعلن في الدوحة عن لقاء ضم … لافروف": a topic follows, no subject
_ABOUT = T.norm_set("عن")
_TOPIC = T.norm_set("عن وعن حول وحول بشأن وبشأن")  # a sentence that opens with what it is about
_FRAME_PREPOSITIONS = T.norm_set("في خلال")
_THE_OFFICIAL = T.norm_set("المسؤول المسؤولة")  # definite: someone named before, not "مسؤول في الإدارة"
_IN_CHARGE = _THE_OFFICIAL | T.norm_set("مسؤول مسؤولة")  # "وأوضح المسؤول عن الورشة X": عن is part of the title
_PREPOSITIONS = T.norm_set("أمام في إلى الى على عن من مع لدى عند خلال برفقة بصحبة")  # the subject is in none of them
_POSSESSIVE = ("ه", "ها", "هما", "هم")
_TITLE_WORDS = 3  # words of a title after the verb that may name the last subject's role
_KIN_GROUPS = T.norm_set("أسرة عائلة ذوي أسر أهل أبناء")  # received: the family, not the one it is named after
# "…، ولكنه أكد": he, the sentence's subject
_HE = T.norm_set("لكنه ولكنه لكنها ولكنها إنه وإنه فإنه إنها وإنها فإنها وهو وهي")
_DESCRIPTOR_REACH = 10  # words of a role phrase before the name it introduces (رئيس لجنة … في المجلس الوطني للمعارضة الإيرانية X)
_DESCRIPTOR_STOPS = T.norm_set("إلى الى عن")  # (not على: "المشرف العام على مركز …")
_UNNAMED_WORDS = 2  # definite words of a subject between تابع and what was said
_OPENING_WORDS = 4  # a sentence's subject stands within its first words ("من جانبه، نقل كارتر")
# words a verb follows (not a noun: "بحرق كتب"), من جهته شكر …
_VERB_OPENERS = T.norm_set("قد لقد كما حيث ثم عندما حين بعدما بدوره بدورها كذلك أيضا وقد فقد وكما جهته جانبه جهتها "
                           "جانبها فيما")
_AT = T.norm_set("في")
_AND_IN = normalize("وفي")
_FAREWELL = normalize("وداع")
_FAREWELLS = T.norm_set("وداع وداعه وداعها")  # "وكان في وداعه": those who saw him off
_COMING_OR_GOING = (normalize("وصول"), normalize("مغادرت"))  # "لدى وصوله"، "لدى مغادرته": when
_AMONG_THEM = T.norm_set("منهم ومنهم بينهم ومن بينهم")
_DAMMA = "\u064f"
_THAT_SUBJUNCTIVE = "أن"  # as written: "أن أعرب" is "that I express" (إن and أنّ take a noun)
_AFTER = T.norm_set("بعد عقب إثر")  # "بعد لقائه بـX": after the meeting told before
_OPENING_PHRASE = 3  # words after the في opening a clause before its verb ("وفي ختام اللقاء شكر")
_TO = T.norm_set("إلى الى")
_THAT = T.norm_set("أن إن بأن") | _THAT_HE  # (with its pronoun: "وبيّن أنه")
_VISITED_REACH = 3  # words that describe the person a visit verb's subject visits
_WHEN_SAID = T.norm_set("عقب بعد خلال أثناء لدى أمام في")  # "وتابع X عقب اجتماعه بـY أن"
_PRESENCE = T.norm_set("بحضور وبحضور")
_WHERE = T.norm_set("حيث")
_ALSO = T.norm_set("كما")
_YET = T.norm_set("لكن ولكن")  # "… ولكن حذرت": the sentence's speaker goes on
_BUT = T.norm_set("غير إلا")  # غير أن، إلا أن: however
_ON_FOR = normalize("على")  # thanked X "على" what: X is the object
_RECEIVED_THEM = T.norm_set("استقبلهم استقبلتهم")  # the guests named before, by a pronoun
_VISIT_NOUNS = T.norm_set("زيارة الزيارة")
_VISIT_NOUN_REACH = 6
_GREETED = T.norm_set("التهاني تهانيه تهنئته أصدق أبلغ خالص")  # "عبر عن أبلغ التهاني"
_REGARDS = T.norm_set("تحياته تحياتها تحياتهم تهانيه تهانيها")  # greetings shown are no statement
_GREETINGS = T.norm_set("التهاني تهانيه التبريكات آيات تهنئته التهنئة")  # offered in words, not "دعما ماديا"
_MOVEMENTS = T.norm_set("حركة جماعة تنظيم")  # "ومتمردي حركة طالبان"
_MEMBERS = T.norm_set("عضو مسؤول مسئول قيادي")  # "… في X": one of a body, unnamed
_WILL_HOLD = T.norm_set("سيجري ستجري سيعقد ستعقد سيجريان ستجريان سيعقدان")  # a meeting noun's verb, to come
_WILL_REACH = 12
_WORTH = T.norm_set("الجدير والجدير جدير")  # (جدير ذكره أن)
_SEEMED = T.norm_set("بدا بدت بات باتت")  # verbs with ب of their own (not "بأنها", what one was called)
_THE_COMPANY = T.norm_set("الشركة")
_COMPANY_NOUN = normalize("شركة")
# participles of saying that take no person as object: a name right after one is its subject
_SUBJECT_AFTER = T.norm_set("مؤكدا مؤكداً مؤكدة مشيرا مشيراً مشيرة مضيفا مضيفاً مضيفة مبينا مبيناً مبينة موضحا "
                            "موضحاً موضحة منوها منوهاً لافتا لافتاً مشددا مشدداً معربا معرباً")
_ALSO_AFTER = T.norm_set("أيضا أيضاً")  # "واستقبل أيضاً X": the host again
_WHEN = T.norm_set("عندما حينما حين بعدما")
_CONFESSED = T.norm_set("اعترف اعترفت")  # often of one left unnamed before the verb
# kinds whose event takes in the rest of its sentence (its parties, goods, figures); a statement
# there is still one: "أعلن X استعداد بلاده للتعاون مع إيران …، موضحا أن"
_TO_SENTENCE_END = frozenset({"invitation", "cooperation_intent", "agreement", "economic_cooperation", "trade_figure"})
_NAME_WORDS = 6  # a quoted span this short, all of it entity names, is a name in quotation marks
_SCARE_WORDS = 2
_WITH_REACH = 6  # tokens from مع to the counterpart's name
_OFFICE_FILLERS = STATE_NOUNS | T.norm_set("وزراء الوزراء مجلس")  # (رئيس وزراء جمهورية باكستان)
_PLACES_IN_ROLE = 2  # places or bodies named in the role of a coordinated person
_UNNAMED_ITEMS = 2  # items of a list of guests named by office alone, between two named ones
_FAMILY_NOUNS = T.norm_set("أسرة عائلة")  # "وأسرة آل شيبي"
_HOUSE = normalize("آل")
_ROLE_GAP = 12  # words of a coordinated person's role ("ورئيس الجمعية الخيرية … الشيخ", "ومدير فرع هيئة
# الأمر بالمعروف والنهي عن المنكر بالمنطقة تركي الشليل")
_RELAY_REACH = 12  # tokens from نقل to عن (ونقل موقع هيئة الإذاعة البريطانية "بي بي سي" عن)
_TITLES_GAP = 24
_TITLE_GAP = 12  # words of a title between a name and الذي/التي
_TITLE_REACH = 6  # words of a title after a name
_FRAME_REACH = 10  # words of when and how a subject said it, between the subject and أن
_WAS = T.norm_set("كان كانت")
_WHEN_TYPES = frozenset({"DATE", "TIME"})
_HELD_VERBS = T.norm_set("وعقد وأجرى")  # "، وعقد اجتماعا مع": the verb of a meeting noun
_NAMELY = T.norm_set("وهم وهي وهما")  # "… الدائنين الدوليين وهم X وY": the group named one by one
_ALREADY = T.norm_set("قد")  # words of two titles after بين (the first one's, then و and the second one's)
_SUBJECT_REACH = 12  # words after a verb in which its subject is looked for (marks not counted: «المؤثر»)
# "غداة لقائه الملك سلمان", "عقب مباحثاته مع عباس": the subject met the one named next
_RECEPTION = normalize("استقبال")
_SHOWN = T.norm_set("عرض")
_PORTFOLIO = T.norm_set("وزير وزيرة وزارة")
_BESIDES = tuple(normalize(w) for w in ("إلى", "جانب"))
_HIS_MEETING = T.norm_set("لقائه لقاءه اجتماعه مباحثاته محادثاته لقائها لقاءها اجتماعها استقباله استقبالها")
_HOST_REACH = 20  # words after استقبل in which the host is looked for
_PLACE_REACH = 5  # words between في and the place it introduces ("في أحد فنادق العاصمة الكينية نيروبي")
_OFFICES = T.norm_set("إدارة مجلس رئاسة مكتب مركز")  # "أعلنت إدارة نادي الاتحاد", "أوضح المركز الإعلامي في مديرية …"
_OFFICE_REACH = 4  # words from the office to the body (إدارة كرة القدم بنادي النصر)
_PLACE_NOUNS = T.norm_set("مدينة العاصمة عاصمة محافظة ولاية منطقة قصر")
_ON_ARRIVAL = T.norm_set("لدى عند فور")  # "لدى وصوله إلى": when the greeters met the visitor
_BUILDINGS = T.norm_set("دار قصر مطار فندق قاعة مسجد جامع ملعب استاد مستشفى")
_PARTICIPLES = T.norm_set(T.PARTICIPLES) | {w for w in T.OFFERED if w.startswith("م")}  # (مقدما: only with thanks)
_HOST_VERBS = T.norm_set("استقبل استقبلت يستقبل تستقبل استقبال قلد قلدت")  # (قلّد: the one invested is the guest)
_INVESTED = T.norm_set("قلد قلدت")  # "قلّد الأمير X اللواء Y رتبته الجديدة": a meeting, only with the rank or medal
_INSIGNIA = T.norm_set("رتبته رتبتها رتبتهم الرتبة رتبة وسام الوسام وشاح الوشاح نوط قلادة رتبتيهما")
_TIME_WORDS = T.norm_set("أمس اليوم مساء صباح ظهر")
_MEET_VERBS = T.norm_set("التقى التقت يلتقي تلتقي عايد عايدت")  # التقى X Y: the object needs no مع
# (عايد: greeted on the feast, "حيث عايد مديره الرائد X")
_REMAINS = T.norm_set("جثمان جثة جثامين جثث رفات")
_PRONOUN_PREPOSITIONS = T.norm_set("عنه عنها عنهم عنهما له لها لهم")  # "الزيارة التي لم يعلن عنها"
_QUOTING = T.norm_set("قوله قولها قولهم القول")  # نقل موقع روسيا اليوم عن بوتين قوله
_SAYING = normalize("قول")  # "ونقلت الوكالة قول X إن"
_SAID_REACH = 6  # words from a name to the إن of what was said ("قول X وهو في السعودية إن")
_AS_PER = T.norm_set("بحسب حسب حد")  # "بحسب قوله"، "على حد قوله": as he put it
_DEALS = T.norm_set("اندماج الاندماج استحواذ الاستحواذ لبيع لشراء صفقة")  # "محادثات اندماج": a deal, no encounter
_SHOWING_THINGS = T.norm_set("المباحثات المحادثات الزيارة اللقاء الاجتماع الاتفاق الخطوة القمة الاتصال")
_IN_THE_COURSE = T.norm_set("خلال أثناء")
_DESCRIBED_IT = T.norm_set("وصفها وصفه وصفهم")  # "ووصفها بأنها": its object a pronoun, the verb active
_SAID_IT = T.norm_set("ذكره ذكرته ذكرها أعلنه أعلنته أعلنها أورده أوردته")  # "الأسباب التي ذكرها X": its object before
_ASIDE_VERBS = T.norm_set("قال قالت أكد أكدت ذكر ذكرت أوضح أوضحت أضاف أضافت")  # "كما قال": as he said
_ASIDE_WHERE = T.norm_set("في خلال أمام عبر لدى")  # "كما قالت في مؤتمر صحافي."
_ASIDE_ENDS = T.norm_set("خاصة خصوصا لاسيما")  # "كما قال خاصة أن": as he said, especially as
# "نقلا عن عضو في حزب الرئيس صالح، قوله": one of a body, unnamed, is the source (not the body's head)
_ONE_OF = _MEMBERS | T.norm_set("عضوة مسؤولة مصدر مصادر قيادية مقرب مقربين دبلوماسي دبلوماسيين")
_OF_BODY = T.norm_set("في ب من لدى")
_WITH_PARTICIPANTS = T.norm_set("بمشاركة")
_CHAIRED_BY = T.norm_set("برئاسة بمشاركة ومشاركة وبمشاركة")
_PARTICIPATION = T.norm_set("بمشاركة المشاركة")
_TARGET_WORDS = T.norm_set("تهدف تهدفان يهدف لتحقيق هدف")
_DUAL_VERBS = T.norm_set("أكد قال أضاف أشار شدد أعرب اتفق بحث ناقش")
_MET_BY = T.norm_set("اجتمع اجتمعت يجتمع تجتمع")  # "اجتمع X بـY": met with Y
_TOLD_OF_WORDS = 6  # words of a name between أن and the verb it is the subject of
_WHO_THEY = T.norm_set("الذين")  # guests left unnamed are people, many
_UNNAMED_GUEST_WORDS = 2  # words of unnamed guests before a relative clause about them
_DELEGATION = T.norm_set("وفد وفدا وفداً فريق فريقا")  # (a team sent by a body: "فريق هندسي من وزارة الصحة")
_ANONYMOUS = T.norm_set("مسؤول مسئول مصدر مصادر")  # (the spokesman of a body speaks for it: المتحدث باسم)
_IN_IT = T.norm_set("فيه فيها")
_DURING_IT = T.norm_set("خلاله خلالها")  # "جدد خلاله ترحيبه": during the call told before
_BOTH_SIDES = T.norm_set("الجانبين الطرفين الزعيمين الرئيسين")  # "جرت بين الجانبين": the two named before
_DUAL_NOUNS = T.norm_set("الرئيسان الجانبان الطرفان الزعيمان الوزيران الملكان الأميران المسؤولان الدبلوماسيان")  # وأكد الرئيسان
_DOCUMENT_WORDS = T.norm_set("البيان بيان الإعلان إعلان")  # "وأضاف البيان:": the statement of whoever last spoke
_BODY_HEADS = HEAD_NOUNS | T.norm_set("نادي")
_OFFICIALS = T.norm_set("المسؤولين المسئولين القادة الزعماء")
_SENIOR = T.norm_set("كبار")
_ISSUED = T.norm_set("صادر صادرة الصادر الصادرة")  # "بيان صادر عن الخارجية"
_REPORTS = T.norm_set("التقرير الدراسة")  # "وقال التقرير": nobody (a source the sets do not count)
_BY_PHONE = T.norm_set("خلال في عبر أثناء")  # "بحث X ونظيره Y، خلال اتصال هاتفي": the talk was a call
_AMONG = T.norm_set("بينهم بينها منهم")  # "مع قادة عسكريين … من بينهم رئيس الوزراء حيدر العبادي"
_GOD = T.norm_set("الله")  # "وشكرت الله": gratitude to God, no statement
_RELATIONS = T.norm_set("العلاقات العلاقة التعاون الشراكة")
_BETWEEN = T.norm_set("بين")  # "اتصال هاتفي جرى بين الرئيسين التركي X والأمريكي Y"
_FACILITIES = T.norm_set("ميناء مطار مستشفى منفذ")  # what receives ships, planes, patients
_DURING, _THE_VISIT = normalize("خلال"), T.norm_set("الزيارة الجولة زيارته جولته")  # "والتقى خلال الزيارة رئيس الجامعة"
_TITLE_WORDS_BEFORE = 9  # words of a title before the name ("مدير عام الشئون الصحية بمنطقة القصيم الأستاذ")
_BODY_MEETINGS = T.norm_set("اجتماع اجتماعات")
_AT_THE_MEETING = T.norm_set("في خلال")
_WAS_REACH = 4  # words of a subject and قد between كان and its verb
_SOURCE_OF_SAYING = 3  # words from a speech verb (and its subject) to the "بحسب" that gives its source
_HIS_COUNTERPART = T.norm_set("نظيره نظيرها نظيرته نظيريه")
_BANQUETS = T.norm_set("مأدبة مأدبه حفل")
_HONOURING = T.norm_set("تكريما تكريماً شرف")
_HONOUR_REACH = 4  # words from the meal to "تكريما" / "على شرف"


def _honours_someone(word: str) -> bool:
    """"تكريما" or "شرف" — with a ل glued on, "تكريما للجبير" is two words, "لشرف" one."""
    return word in _HONOURING or word[:1] == "ل" and word[1:] in _HONOURING


_EXPRESSING = T.norm_set("أعرب أعربت يعرب تعرب معربا معرباً معربة")  # (عبر: see T.EXPRESSED)
_REPRESENTATIVES = T.norm_set("ممثلون ممثلين ممثلو ممثلي مندوبون مندوبين")
_PARTNERED = T.norm_set("بالتعاون بالتنسيق بالشراكة بالاشتراك")
_HOSTING = T.norm_set("استضافة باستضافة لاستضافة استضافته استضافتها")
_HELD = T.norm_set("عقد عقدت يعقد تعقد جرى جرت يجري تجري")  # "لقاء عقد في القاهرة بين X وY"
_HELD_REACH = 6  # words from the trigger to بين when the encounter is said to be held (somewhere, some day)
_MEETING_KINDS = frozenset({"meeting", "phone_call", "negotiation"})
_SPEECH_OK = frozenset({"cooperation_intent", "trade_figure"})  # triggers that count inside a quote
# and a meeting the speaker tells as done ("قبل ايام استقبل خادم الحرمين … خالد مشعل"), not one hoped for
_MET_IN_THE_PAST = T.norm_set("استقبل استقبلت التقى التقت التقيا التقوا اجتمع اجتمعت اجتمعا")
_BASE_CONFIDENCE = {"meeting": 0.85, "phone_call": 0.85, "statement": 0.85, "summit": 0.8, "visit": 0.75,
                    "invitation": 0.8, "agreement": 0.8, "cooperation_intent": 0.7, "negotiation": 0.75,
                    "economic_cooperation": 0.65, "trade_figure": 0.8}


@dataclass
class Occurrence:
    """An entity's consecutive tokens in a sentence (a title and the name in apposition are one)."""
    entity: dict[str, Any]
    a: int
    b: int

    @property
    def id(self) -> str:
        return self.entity["entity_id"]

    @property
    def type(self) -> str:
        return self.entity["type"]


@dataclass
class Draft:
    kind: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    actors: list[tuple[str, str]] = field(default_factory=list)  # (entity_id, role)
    place: Occurrence | None = None
    date: dict[str, Any] | None = None
    cameo: str | None = None
    planned: bool = False
    negated: bool = False
    reported: bool = False
    confidence: float = 0.8
    attributes: dict[str, Any] = field(default_factory=dict)
    distinct: bool = False  # statements, figures: two of them in one article are two events
    quote: Quote | None = None  # a statement's quote (offsets in the cleaned text)
    cable: bool = False  # a statement sent in a cable or letter ("بعث … برقية شكر")


class _Article:
    """Token-level view of the article: tokens, their original spans, entity occurrences."""

    def __init__(self, text: str, mapped: MappedText, body: str, entities: list[dict[str, Any]]) -> None:
        self.text, self.body = text, body
        self.tokens = tokenize(text)
        self.norms = [normalize(t.text) or t.text for t in self.tokens]
        self.orig = [mapped.original_span(t.start, t.end) for t in self.tokens]
        self.mapped = mapped
        self.entities = {e["entity_id"]: e for e in entities}
        ostarts = [o[0] for o in self.orig]
        self.owner: list[dict[str, Any] | None] = [None] * len(self.tokens)
        spans = [(m["start"], m["end"], e, m.get("kind")) for e in entities for m in e["mentions"]
                 if m.get("kind") != "header"]
        self.behind_preposition: set[int] = set()  # tokens whose name starts after a ب/ل (لسامي المطيري)
        self.surnames: dict[str, list[tuple[int, dict[str, Any]]]] = {}  # last word → where a person's name ends
        for start, end, e, kind in sorted(spans, key=lambda s: s[0] - s[1]):  # longest first: a title wins
            a = max(bisect_right(ostarts, start) - 1, 0)                        # over the country inside it
            b = bisect_left(ostarts, end)
            if ostarts[a] < start and body[ostarts[a]:start].lstrip("و")[:1] in ("ب", "ل"):  # (not the ال of الديلي ميل)
                self.behind_preposition.add(a)
            if e["type"] == "PER" and kind is None and (b - a >= 2 or b - a == 1 and len(self.norms[a]) >= 4
                                                        and not self.norms[a].startswith(("ال", "و"))):
                self.surnames.setdefault(self.norms[b - 1], []).append((b - 1, e))  # (a name, not a title: "رئيس
                # نادي الخليج"; one word too: "المحترف الغاني مونتاري" … "مع مونتاري الذي")
            for i in range(a, b):
                if self.owner[i] is None:
                    self.owner[i] = e
        self.sentences = self._sentences()
        self.starts = [t.start for t in self.tokens]
        self.quotes = [q for q in find_quotes(text) if not self._is_name(q)]
        starts = [q.start for q in self.quotes]  # sorted, not overlapping: one bisect a token
        self.in_quote = [(k := bisect_right(starts, t.start) - 1) >= 0 and t.start < self.quotes[k].end
                         for t in self.tokens]
        self.descriptors = self._descriptors()
        self.full_names: dict[str, list[tuple[int, dict[str, Any]]]] = {}  # first word → where a person's full name starts
        for i in range(len(self.tokens) - 1):
            if (e := self.owner[i]) is not None and e["type"] == "PER" and self.owner[i + 1] is e \
                    and (i == 0 or self.owner[i - 1] is not e):
                self.full_names.setdefault(self.norms[i], []).append((i, e))
        self.named: dict[str, list[Occurrence]] = {}  # entity id → its occurrences
        for o in self.occurrences(0, len(self.tokens)):
            self.named.setdefault(o.id, []).append(o)

    def _descriptors(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Role phrases that introduced one person ("المنسق الإنساني للأمم المتحدة في اليمن يوهانس
        فانديلاو"), by their first two words: "عبر المنسق الإنساني … عن سروره" is him again. A
        phrase two people were introduced with is nobody's."""
        found: dict[tuple[str, str], dict[str, Any] | None] = {}
        for i, e in enumerate(self.owner):
            if e is None or e["type"] != "PER" or (i > 0 and self.owner[i - 1] is e) or _is_role(self.norms[i]):
                continue  # (a title without a name introduces no one: "استقبل رئيس الجمهورية السفير الإماراتي")
            if i in self.behind_preposition:  # "ورحب المحافظ في بداية اللقاء بالمطيري"، "وقدم محافظ
                continue  # الخرج شكره لسامي المطيري": a name after a preposition is in no apposition
            for k in range(i - 1, max(-1, i - 1 - _DESCRIPTOR_REACH), -1):
                w = self.norms[k]
                if (w in _QUOTE_MARKS or w in _CLOSING_MARKS) and k < i - 1:
                    continue  # (المدير العام لمؤسسة «المدينة» الأستاذ محمد ثفيد; not a name in quotes itself)
                if self.owner[k] is not None and self.owner[k]["type"] == "PER" or w in _PUNCT or w in _THAT \
                        or w in _DESCRIPTOR_STOPS or T.match(self.norms, k) is not None or k == i - 1 and w in ON_BEHALF:
                    break  # (not "ولفت المتحدث إلى أن بوينغ": the name is in what was said; not "الناطقة باسم دي
                    # ميستورا": the one she speaks for)
                if self.owner[k] is None and (key := self.descriptor_at(k)) is not None:
                    found[key] = e if found.get(key, e) is e else None
        return {k: e for k, e in found.items() if e is not None}

    def by_given_name(self, k: int, before: int) -> dict[str, Any] | None:
        """The one person named in full before token ``before`` whose first word (or else last word)
        is token ``k`` with a name after it: news may go on by the given name ("مختار شريف" …
        "وأضاف مختار أن") or the family name the entity stage did not spread ("وأشاد الباشا")."""
        word = self.norms[k]
        if not word.isalpha() or len(word) < 3 or word in T.NO_SUBJECT or _is_role(word) \
                or k + 1 < len(self.norms) and self.owner[k + 1] is not None:
            return None  # (not "قال لي", not "أوضح على مستوى" before "علي خامنئي")
        found = {id(e): e for i, e in self.full_names.get(word, ()) if i < before}
        if not found:  # or by the family name, however everyday a word: "فوزي الباشا" … "وأشاد الباشا"
            found = {id(e): e for i, e in self.surnames.get(word, ()) if i < before}
        return next(iter(found.values())) if len(found) == 1 else None

    def descriptor_at(self, k: int) -> tuple[str, str] | None:
        """The key of a role phrase starting at token ``k``: a definite role and the word after it
        (المنسق الإنساني), or a role in construct with the body it serves ("وكيل إمارة منطقة الرياض":
        the role and the body's entity)."""
        w = self.norms[k]
        if k + 1 >= len(self.norms):
            return None
        if w.startswith("ال") and w[2:] in T.ROLE_WORDS and self.norms[k + 1].isalpha():
            return w, self.norms[k + 1]
        if w[:1] == "و" and w[1:] in T.ROLE_WORDS:
            w = w[1:]  # "… ومدير مطار الجوف عبدالمحسن المضيان"
        if w not in T.ROLE_WORDS:
            return None
        body = self.owner[k + 1]
        if body is not None and body["type"] in ("ORG", "GPE", "FAC"):  # مندوب مصر الدائم، وكيل إمارة منطقة الرياض
            return w, body["entity_id"]
        if body is None and self.norms[k + 1].startswith("ال") and self.norms[k + 1].isalpha():
            return w, self.norms[k + 1]  # وزير الإسكان
        place = self.owner[k + 2] if k + 2 < len(self.norms) else None
        if body is None and place is not None and self.norms[k + 1].isalpha():
            return w, self.norms[k + 1] + " " + place["entity_id"]  # مدير مطار الجوف (not وزير خارجية بلجيكا)
        return None

    def _is_name(self, q: Quote) -> bool:
        """Marks around a name are no quote (قال "حسين عبدالغني" لاعب فريق النصر), nor are scare
        quotes around a word or two that no colon introduces (عضو شرف الاتحاد «المؤثر»)."""
        a = bisect_left(self.starts, q.start)
        b = bisect_left(self.starts, q.end)
        if b - a <= _SCARE_WORDS and not self._colon_before(q.start - 1):
            return True
        while a < b and self.norms[a] in HONORIFICS:
            a += 1  # "وأوضح "الدكتور نزار فقيه" أن": an honorific and the name
        return 0 < b - a <= _NAME_WORDS and all(self.owner[i] is not None for i in range(a, b))

    def _colon_before(self, i: int) -> bool:
        """Whether the last non-space character before offset ``i`` is a colon (looked up
        backwards, not by copying the text before every quote)."""
        i -= 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        return i >= 0 and self.text[i] == ":"

    def _sentences(self) -> list[tuple[int, int]]:
        index = {t.start: i for i, t in enumerate(self.tokens)}
        return [(index[s[0].start], index[s[-1].start] + 1) for s in sentences(self.text, self.tokens) if s]

    def occurrences(self, a: int, b: int) -> list[Occurrence]:
        out: list[Occurrence] = []
        for i in range(a, b):
            e = self.owner[i]
            if e is None:
                continue
            if out and out[-1].entity is e and (all(self.norms[j] in _PUNCT for j in range(out[-1].b, i))
                                                or i - out[-1].b == 1 and self.norms[i - 1].isalpha()):
                out[-1].b = i + 1  # (a title, the given name the entity stage left out, the name: one)
            else:
                out.append(Occurrence(e, i, i + 1))
        return out

    def span(self, a: int, b: int) -> dict[str, Any]:
        s, e = self.orig[a][0], self.orig[b - 1][1]
        return {"start": s, "end": e, "text": self.body[s:e]}


def _country_of(entity: dict[str, Any]) -> str | None:
    """English country name behind an actor: a GPE's own, a person's from a title (الرئيس الروسي)."""
    if entity["type"] == "GPE":
        return country_of_place(entity.get("label_en")) or entity.get("label_en")
    for m in entity["mentions"]:
        if m.get("kind") != "title":
            continue
        for w in normalize(m["text"]).split()[1:]:
            if country := nationality(w) or _country_named(w):
                return country
    return None


def _country_named(norm_word: str) -> str | None:
    """The country a title word names (رئيس منغوليا, لروسيا), proclitics aside."""
    return next((k.label_en for f in stems(norm_word, article=False) if (k := known(f)) and k.country), None)


def _joined(art: _Article, x: Occurrence, y: Occurrence, listing: bool = False) -> bool:
    """y follows x in a coordination: only punctuation between, and و or a comma joining them;
    or, between two people, و and the second one's role ("الشيخ صالح الفوزان ورئيس الجمعية
    الخيرية بالرياض الشيخ سعد آل فريان"), or "إلى جانب" and it; ``listing`` (a list of people
    runs already): a comma and the role alone ("…، ووزير التجارة X، وزير النقل Y")."""
    gap = art.norms[x.b:y.a]
    if all(w in _PUNCT or w == "و" for w in gap):
        return art.tokens[y.a].text.startswith("و") or "،" in gap or "," in gap or "و" in gap
    if x.type == y.type == "PER" and len(gap) == 1 and gap[0][:1] == "و" and nationality(gap[0][1:]):
        return True  # "نظيريه الأمريكي جون كيري والسعودي عادل الجبير"
    if 2 <= len(gap) <= 5 and gap[0][:1] == "و" and gap[-1] in _NAMELY \
            and not any(w in _PUNCT or w in _THAT or w in _WITH for w in gap):
        return True  # "بين اليونان وممثلي الدائنين الدوليين وهم صندوق النقد الدولي": a group, then who it is
    if x.type == y.type == "PER" and (cut := max((k for k, w in enumerate(gap) if w in ("،", ",")), default=0)) \
            and cut <= _TITLE_REACH and all(w.isalpha() and w not in _THAT and w not in _WITH for w in gap[:cut]) \
            and not any(T.match(art.norms, k) for k in range(x.b, x.b + cut)):
        gap = gap[cut:]  # x's title in apposition first: "والدكتور خالد بدير اخصائي علاج طبيعي، ومدرب حراس المرمى
        # الكابتن رضا ديوه"
    if listing and x.type == y.type == "PER" and _past_the_unnamed(gap):
        return True
    if gap and gap[0] in ("،", ","):
        gap = gap[1:]  # "… القاضي، ورئيس المجلس البلدي … الدكتور وليد الحميدي"
    besides = tuple(gap[:2]) == _BESIDES
    if besides:
        gap = gap[2:]  # "وزير المالية … العساف، إلى جانب وزير الشؤون البلدية … آل الشيخ"
    return x.type == y.type == "PER" and 0 < len(gap) <= _ROLE_GAP \
        and (gap[0][:1] == "و" and _is_role(gap[0][1:]) or (besides or listing) and _is_role(gap[0])) \
        and not any(w in _PUNCT or w in _THAT or w in _WITH for w in gap)


def _past_the_unnamed(gap: list[str]) -> bool:
    """A list of guests goes on past those it names by office alone: "… السديس، وأصحاب الفضيلة أئمة
    ومؤذني المسجد الحرام، وكبير سدنة بيت الله الحرام الدكتور صالح الشيبي، وأسرة آل شيبي". Each item
    after a comma opens with و; the last one is the next person's title, ending with an honorific,
    or the family noun before a family's name."""
    if not gap or gap[0] not in ("،", ","):
        return False
    items, item = [], []
    for w in gap[1:]:
        if w in ("،", ","):
            items.append(item)
            item = []
        else:
            item.append(w)
    items.append(item)
    if len(items) > _UNNAMED_ITEMS + 1 or any(
            not it or it[0][:1] != "و" or len(it) > _ROLE_GAP or any(w in _PUNCT or w in _THAT or w in _WITH for w in it)
            for it in items):
        return False
    last = items[-1]
    return last[-1] in HONORIFICS or last == [last[0]] and last[0][1:] in _FAMILY_NOUNS


def _coordinated(art: _Article, occ: list[Occurrence], k: int) -> list[Occurrence]:
    """occ[k] and the occurrences joined to it (بوتين وأردوغان، روسيا وتركيا). A place or body in
    the role of the next person is passed over: "… ورئيس المجلس البلدي بمنطقة تبوك الدكتور X"."""
    group, passed = [occ[k]], 0
    for nxt in occ[k + 1:]:
        if _joined(art, group[-1], nxt, listing=sum(o.type == "PER" for o in group) >= 2):
            group.append(nxt)
            passed = 0
        elif group[-1].type == "PER" and nxt.type != "PER" and passed < _PLACES_IN_ROLE:
            passed += 1
        else:
            break
    return group


def _prefer_people(group: list[Occurrence]) -> list[Occurrence]:
    people = [o for o in group if o.type in ("PER", "ORG")]
    return people or group


class _Extractor:
    def __init__(self, art: _Article) -> None:
        self.art = art
        self.last_subject: list[Occurrence] = []
        self.last_host: list[Occurrence] = []  # who received last (استقبل X): "كما استقبل أمس Y" is X again
        self.last_roles: set[str] = set()
        self.last_meeting: Draft | None = None
        self.last_issuer: list[Occurrence] = []  # who "البيان" (the statement) is: the last body, or speaker in a بيان
        self.last_feminine: list[Occurrence] = []  # the last body that spoke with a feminine verb (قالت الوزارة),
        # for a "وأضافت" whose carried-over subject is a person named since, not known as a woman
        self.women: set[str] = set()  # people who spoke with a feminine verb ("قالت ميركل")
        self.summit: Draft | None = None
        self.drafts: list[Draft] = []
        self.implied: dict[str, str] = {}  # entity id → country name, for countries only implied

    def _country_entity(self, country: str) -> str:
        """The id the entity stage gives ``country`` by name, whether or not the article names it."""
        eid = entity_id("GPE", country)
        if eid not in self.art.entities:
            self.implied[eid] = country
        return eid

    def _country_id(self, entity: dict[str, Any]) -> str:
        """The country entity behind a place (أنقرة → Turkey); the place itself when unknown."""
        country = _country_of(entity)
        if country and country != entity.get("label_en"):
            return self._country_entity(country)
        return entity["entity_id"]

    # ---- roles -------------------------------------------------------------------------
    def _actors(self, a: int, b: int) -> list[Occurrence]:
        return [o for o in self.art.occurrences(a, b) if o.type in _ACTOR_TYPES and not self._is_place(o)]

    def _is_place(self, o: Occurrence) -> bool:
        if o.a > 0 and not _BUILDINGS.isdisjoint(stems(self.art.norms[o.a - 1], article=False)):
            return True  # "في دار سلوى", "مطار حمد الدولي": a building named after someone, whatever the tagger
            # says (not "مدير الدار خضر الزهراني": with the article the building is his office's)
        if o.type not in _PLACE_TYPES:
            return False
        first = self.art.norms[o.a]
        if first[:1] == "ب" and o.entity["type"] != "ORG":
            return True
        # في or إلى shortly before, nouns between ("في أحد فنادق الرياض", "في العاصمة الإيطالية روما")
        for k in range(o.a - 1, max(-1, o.a - 1 - _PLACE_REACH), -1):
            w = self.art.norms[k]
            if w.removeprefix("و") in _AT or w in _TO:  # (وفي مصر)
                return True
            owner = self.art.owner[k]
            if not w.isalpha() or w in _WITH or (owner is not None and owner["type"] != "NORP" and w not in _PLACE_NOUNS):
                return False  # "في إطار العلاقات مع روسيا": Russia is the counterpart
        return False

    def _kin_of(self, o: Occurrence) -> bool:
        """"استقبل X أسرة الشيخ سعيد آل عطيان الذي وافته المنية": the family is received, not the one
        it is named after (titles between); but "وأسرة آل شيبي" is the family itself, by its house's name."""
        if self.art.norms[o.a] == _HOUSE:
            return False
        for k in range(o.a - 1, max(-1, o.a - 1 - _ROLE_GAP), -1):
            w = self.art.norms[k]
            if w in _PUNCT or T.match(self.art.norms, k) is not None:
                return False
            if not _KIN_GROUPS.isdisjoint(stems(w)):
                return True
        return False

    def _describes(self, o: Occurrence) -> bool:
        """A place that only says whose people they are: "المهنئين من … أهالي وأعيان مكة المكرمة" —
        a country or city right after a noun that is no role is the noun's, not a guest."""
        if o.type != "GPE" or o.a == 0:
            return False
        prev = self.art.norms[o.a - 1]
        return prev.isalpha() and self.art.owner[o.a - 1] is None and not _is_role(prev) \
            and prev not in _WITH and not (prev[0] == "و" and _is_role(prev[1:]))

    def _unnamed_subject(self, trig: T.Trigger) -> bool:
        """Whether the verb is followed by a subject the entity stage did not name: a noun that is
        neither an entity nor a role in front of one ("وقال هالك", "أعلنت تسديدة اللاعب …",
        "استقبل قسم الطوارئ"). Such a verb has no speaker or host here, and none carried over."""
        j = self._after_verb(trig)
        if j is None or self.art.owner[j] is not None or trig.form in T.THANKED or trig.form in T.JUDGED:
            return False  # (شكر's object may come first: "كما شكر كل من أسهم" — whom, not who; so
            # the one described: "ووصف معسكر الفريق في تركيا بأنه")
        word = self.art.norms[j]
        if trig.form in T.OFFERED and (word in T.THANKS or word in T.EXPLANATION):
            return False  # "كما قدم شرحاً عن": what was offered, the subject carried over
        if not word.isalpha() or word[0] in "لب" or _is_role(word) or T.match(self.art.norms, j) is not None \
                or self._office_again(word) or self.art.by_given_name(j, trig.start) is not None:
            return False  # (not a second verb: "واستطرد يقول:"; not "وأضاف مختار" after "مختار شريف")
        if word in _THE_COMPANY or self._company_delegation(j):
            return False  # "أكدت الشركة", "والتقى وفد من الشركة": the company named before (``_subject``)
        if j + 2 < len(self.art.norms) and (self.art.norms[j + 1] in _QUOTE_MARKS or self.art.norms[j + 1] == "(") \
                and self.art.owner[j + 2] is not None:
            return False  # the head noun of a quoted name: أوضحت شركة "بوبا العربية"، ذكرت مجموعة (بيرسون)
        if j + 1 < len(self.art.norms) and (o := self.art.owner[j + 1]) is not None and o["type"] == "ORG" \
                and not _BODY_HEADS.isdisjoint(stems(word)):
            return False  # the head noun before the body's name: "أعلن نادي وست بروميتش البيون"
        if trig.kind == "statement" and word in CONNECTORS and j + 1 < len(self.art.norms) \
                and self.art.owner[j + 1] is not None:
            return False  # "ورحب آل مجدوع": a name the entity stage took without its آل (not "استقبل آل سلطان")
        if len(word) > 4 and self.art.tokens[j].text.endswith(_POSSESSIVE):  # (as written: ه, not ة)
            return False  # "ولكنه أكد تفهمه": his understanding, what was affirmed
        return not any(f in T.NO_SUBJECT for f in stems(word))

    def _company_delegation(self, j: int) -> bool:
        """"وفد من الشركة" at token ``j``: a delegation of the company named before."""
        words = self.art.norms[j:j + 3]
        return len(words) == 3 and words[0] in _DELEGATION and words[1] in _FROM and words[2] in _THE_COMPANY

    def _office_again(self, word: str) -> bool:
        """"وتابع المركز الإعلامي" after "قال المركز الإعلامي في مديرية الأمن العام": the office the
        last subject spoke through."""
        return any(f in _OFFICES and f in self.last_roles for f in stems(word))

    def _body_named_before(self, trig: T.Trigger, lo: int) -> Occurrence | None:
        """"وأوضحت الإمارة" after "إمارة منطقة مكة المكرمة", "وقالت الشرطة" after "شرطة جدة": the
        body named earlier in the article, called again by its head noun right after the verb, or
        opening the sentence right before it ("الصحيفة قالت إن")."""
        j = trig.start - 1 if trig.start == lo + 1 and self.art.norms[trig.start] == trig.form else self._after_verb(trig)
        if j is None or self.art.owner[j] is not None or not self.art.norms[j].startswith("ال"):
            return None
        head = self.art.norms[j][2:]
        if self.art.norms[j] in _DOCUMENT_WORDS or self.art.norms[j] in _REPORTS or head in _ANONYMOUS:
            return None  # "وقال التقرير" after "تقرير اليونيسكو": a document, nobody; "وأشارت المصادر"
            # after "عن مصادر الخارجية الروسية": its unnamed sources, not the ministry
        for o in reversed(self._actors(0, min(j, trig.start))):
            k = o.a - 1
            while k > 0 and self.art.norms[k] in _QUOTE_MARKS:
                k -= 1  # صحيفة “torcedores”
            if o.type == "ORG" and (self.art.norms[o.a].removeprefix("ال") == head
                                    or k >= 0 and head in stems(self.art.norms[k])):
                return Occurrence(o.entity, j, j + 1)  # (or its head noun before it: "لنادي مانشستر سيتي")
        return None

    def _office_of(self, trig: T.Trigger) -> Occurrence | None:
        """"أعلنت إدارة كرة القدم بنادي النصر": an office of an organisation speaks for it."""
        j = self._after_verb(trig)
        norms = self.art.norms
        if j is None or self.art.owner[j] is not None or _OFFICES.isdisjoint(stems(norms[j])):
            return None
        end, words = j + 1, 0
        while end < len(norms) and words < _OFFICE_REACH:  # (commas aside: "المركز الإعلامي الأمني، في مديرية")
            words += norms[end] not in _PUNCT
            end += 1
        return next((o for o in self._actors(j + 1, end) if o.type == "ORG"), None)

    def _after_verb(self, trig: T.Trigger) -> int | None:
        """The word after the verb where a subject would stand; None when a colon or quote comes first."""
        art, norms = self.art, self.art.norms
        j = trig.end
        while j < len(norms) and norms[j] in _PUNCT and norms[j] != ":":
            j += 1
        return None if j >= len(norms) or norms[j] == ":" or art.in_quote[j] else j

    def _set_subject(self, subject: list[Occurrence]) -> None:
        """Remember the subject for the next sentences, with the role words it was introduced
        with ("الرئيس المصري عبد الفتاح السيسي": رئيس), so "وأضاف الرئيس" is still them."""
        self.last_subject = subject
        self.last_roles = {f for s in subject for o in self.art.named.get(s.id, [s])  # wherever the article named them
                           for w in self.art.norms[self._title_start(o):o.b] + self._role_after(o)
                           for f in stems(w) if f in T.ROLE_WORDS or f in _OFFICES}  # (المركز الإعلامي في X)

    def _title_start(self, o: Occurrence) -> int:
        """Where the words before a name that may be its title begin: five words back, or further to
        a comma, a verb or another person ("استقبل مدير عام الشئون الصحية بمنطقة القصيم الأستاذ مطلق الخمعلي": مدير)."""
        k = o.a
        while k > max(0, o.a - _TITLE_WORDS_BEFORE) and self.art.norms[k - 1].isalpha() \
                and (self.art.owner[k - 1] is None or self.art.owner[k - 1]["type"] != "PER") \
                and T.match(self.art.norms, k - 1) is None:
            k -= 1
        return min(k, max(0, o.a - 5))  # (five words back in any case, commas too: "الرئيس المصري، X")

    def _role_after(self, o: Occurrence) -> list[str]:
        """The role a name is followed by in apposition: "بيدرو سالغادو رئيس بلدية المنطقة" (then "وقال
        رئيس البلدية" is him), "الدكتور طاهر صميلي، المشرف العام"."""
        norms, k = self.art.norms, self._past_name(o)
        return norms[k:k + 1] if k < len(norms) and self.art.owner[k] is None and _is_role(norms[k]) else []

    def _past_name(self, o: Occurrence) -> int:
        """The token after a name, past the lineage the entity stage left out of it ("محمد بن سلمان
        بن عبدالعزيز": the lists know the first three words) and the commas of an apposition."""
        norms, k = self.art.norms, o.b
        while k + 1 < len(norms) and norms[k] in CONNECTORS and self.art.owner[k] is None and norms[k + 1].isalpha():
            k += 2 + (norms[k + 1] == "عبد")
        while k < len(norms) and norms[k] in ("،", ","):
            k += 1
        return k

    def _titled_after_name(self, phrase: list[str], before: int) -> list[Occurrence]:
        """The people named before token ``before`` with the two-word role ``phrase`` right after
        their name, one occurrence each. Not a name in construct with a role before it: in "خالد
        الفيصل مستشار خادم الحرمين الشريفين، أمير منطقة مكة" the emir is Khalid, not the king."""
        norms, found = self.art.norms, {}
        for occs in self.art.named.values():
            for o in occs:
                if o.type != "PER" or o.b >= before or o.id in found or o.a > 0 and _is_role(norms[o.a - 1]) \
                        and not any(f.startswith("ال") for f in stems(norms[o.a - 1], article=False)):
                    continue  # (الأمير خالد, النائب نواف الفغم, بالرئيس هادي: titles)
                k = self._past_name(o)
                if norms[k:k + 2] == phrase and self.art.owner[k] is None:
                    found[o.id] = o
        return list(found.values())

    def _subject(self, trig: T.Trigger, lo: int, hi: int, reach: int = _SUBJECT_REACH) -> tuple[list[Occurrence], bool]:
        """The subject of the trigger and whether it was found in the sentence (not carried over)."""
        # verb first: the subject follows within a few words (titles and honorifics between:
        # "أوضح المدير الطبي في العيادات … د. محمد الزعبي"); a person there wins over an organisation
        norms = self.art.norms
        if trig.start > lo and norms[trig.start - 1] in T.RELATIVES:  # "وقال رينزي، الذي التقى عباس": رينزي
            k = trig.start - 1
            while k > lo and norms[k - 1] in _PUNCT:
                k -= 1
            if named := [o for o in self._actors(max(lo, k - 1), k) if o.type in ("PER", "ORG")]:
                return named[-1:], True
            if (titled := self._titled_before(k, lo, trig)) is not None:
                return [titled], True
        v = self._after_verb(trig)
        if v is not None and self._company_delegation(v):
            v += 2  # "والتقى وفد من الشركة … وزير الدولة": the company's delegation, the company
        if v is not None and norms[v] in _THE_COMPANY and self.art.owner[v] is None \
                and (bodies := [o for o in self._actors(0, trig.start) if o.type == "ORG" and self._company(o)]):
            spoke = [o for o in self.last_subject if o.type == "ORG" and o.id in {b.id for b in bodies}]
            return (spoke or bodies)[-1:], True  # "وكان الرابح الأكبر بعدما أكدت الشركة أنها": the company
            # named last, or the one that spoke last ("ذكرت مجموعة (بيرسون) أنها … لبيع مجموعة فاينانشال تايمز
            # … وقالت الشركة": Pearson)
        if v is not None and v + 1 < hi and not _MEMBERS.isdisjoint(stems(norms[v])) and norms[v + 1] in _AT:
            # "قال عضو في حزب الرئيس اليمني المخلوع علي عبدالله صالح إن": a member unnamed, not the one
            # the party is named after — unless his name follows a comma ("عضو في المجلس، X،")
            named = [o for o in self._actors(v + 2, min(hi, v + 2 + reach)) if o.type == "PER"]
            return [o for o in named if norms[o.a - 1] in ("،", ",")][:1], True
        if (was := self._was_before(trig, lo, reach)) is not None:
            first = was + 1 + (norms[was + 1] in _ALREADY)
            if (person := self.art.descriptors.get(self.art.descriptor_at(first))) is not None:
                return [Occurrence(person, first, first + 1)], True  # "وكانت وزيرة خارجية الاتحاد الأوروبي أكدت"
            # "وكانت قيادة القوات المشتركة … في اليمن، أعلنت في بيان … استشهاد X": the subject stands
            # between كان and the verb (here unnamed), not after it ("وكان الأمير X قد استقبل اللواء Y": Y is
            # the guest)
            return self._subjects(was + 1, trig.start, "PER", "ORG")[-1:], True
        v = self._after_verb(trig)
        d = v
        while d is not None and d + 2 < hi and norms[d] in _HONOURS:
            d += 1  # "فيما أشاد معالي وزير الإسكان"
        if d is not None and d + 1 < hi and self.art.owner[d] is None \
                and (person := self.art.descriptors.get(self.art.descriptor_at(d))) is not None:
            v = d
            end = v + 2  # "عبر المنسق الإنساني …": the one it introduced; past the body it serves
            while end < hi and self.art.owner[end] is not None and self.art.owner[end] is self.art.owner[v + 1]:
                end += 1
            if end < hi and self.art.owner[end] is person:
                end = next((k for k in range(end, hi) if self.art.owner[k] is not person), hi)  # named again here
            return [Occurrence(person, v, end)], True
        if d is not None and _is_role(norms[d]) and not any(  # (no name after the title here)
                o.type == "PER" for o in self._actors(d, min(hi, d + _SUBJECT_REACH))) \
                and (again := self._titled_again(d, trig)) is not None:
            return [again], True  # "وأكد مدير هيئة السياحة" after "بمدير الهيئة العامة للسياحة … سامر الجهني"
        if v is not None and self.art.owner[v] is None and (person := self.art.by_given_name(v, trig.start)):
            return [Occurrence(person, v, v + 1)], True  # "وقال … مختار شريف إن" … "وأضاف مختار أن"
        if d is not None and d + 1 < hi and self.art.owner[d] is None and _is_role(norms[d]) \
                and len(holders := self._titled_after_name(norms[d:d + 2], trig.start)) == 1:
            return holders, True  # "الأمير محمد بن سلمان … ولي ولي العهد" … "وقال سمو ولي ولي العهد"
        if v is not None and (norms[v] in _FORMER or norms[v] in _LATTER):
            # "وصل رئيس الفتح … برفقة الراشد، واجتمع الأول بلاعبي الفريق": the former of the two named
            # before, or the latter; the former unnamed when only one was
            people = [o for o in self._actors(lo, trig.start) if o.type == "PER"]
            if norms[v] in _LATTER:
                return people[-1:], True
            return (people[-2:-1] if len(people) >= 2 else []), True
        if v is not None and (norms[v] in T.HIS_HONOUR or norms[v] in _TO_HIM and v + 1 < hi and norms[v + 1] in T.HIS_HONOUR):
            return self._carried(trig, lo), False  # "أكد سموه دعم حكومة خادم الحرمين": His Highness, carried over
            # (and "وقد رحب به سموه باللواء الغامدي": whom he welcomed comes first, as a pronoun)
        j, words = trig.end, 0
        if trig.kind == "statement" and v is not None and not T.VERBAL_OBJECTS.isdisjoint(stems(norms[v])):
            words = reach  # "وأكد حرص واشنطن": what follows is what was affirmed, no subject
        while j < hi and words < reach and norms[j] not in _WITH and norms[j] not in _ADDRESSING \
                and (norms[j] not in _THAT or self.art.owner[j] is not None) \
                and (norms[j] not in _ABOUT or norms[j - 1] in _IN_CHARGE) \
                and norms[j] not in _CLAUSE and norms[j] != ":" and not self.art.in_quote[j]:
            words += norms[j] not in _PUNCT
            j += 1
        after = [o for o in self._actors(trig.end, j) if self._may_be_subject(o)]
        person = next((k for k, o in enumerate(after) if o.type == "PER"), None)
        if person is not None and person + 1 < len(after) and after[person].a > 0 and norms[after[person].a - 1] in ON_BEHALF \
                and after[person + 1].type == "PER" and after[person + 1].a - after[person].b <= 1:
            person += 1  # "وقالت الناطقة باسم دي ميستورا جيسي شاهين": the spokeswoman, not the one she speaks for
        if person is None and v is not None and norms[v] in _ANONYMOUS:
            return [], True  # "وقال مسؤول بطالبان رفض الإفصاح عن هويته": an unnamed official, not the body
        titled_place = person is None and after and after[0].type not in ("PER", "ORG") and v is not None \
            and _is_role(norms[v])  # "وأبدى وكيل إمارة الباحة": the place of a role, not a subject
        if person is not None or (after and after[0].a - trig.end <= 2 and not titled_place):
            k = person if person is not None else 0
            return _prefer_people(_coordinated(self.art, after, k)), True
        if v is not None and (official := self._national_official(v)):
            return official, True  # "أعرب المسؤول الإماراتي": the one Emirati the article titled
        if v is not None and norms[v] not in _HIS_COUNTERPART and (_is_role(norms[v]) and norms[v] not in T.NO_SUBJECT  # (أمام is no إمام)
                              or self._office_again(norms[v])):  # "وقال السفير …": no name
            titled = [w for w in norms[v:min(hi, v + _TITLE_WORDS)] if _is_role(w)]  # سمو أمير منطقة عسير
            if any(f in self.last_roles for w in titled for f in stems(w)) or norms[v] in _THE_OFFICIAL and self.last_subject:
                return list(self.last_subject), False  # (المسؤول الأممي: the one the article is about)
            return [], True
        if norms[trig.start].startswith("و") and any(lo <= o.a < trig.start for o in self.last_subject):
            return list(self.last_subject), True  # "استقبل X … Y، وأكد": a second verb of the sentence's subject
        topic = lo
        if norms[lo] in _TOPIC:  # "وعن رحيل مواطنه تياغو نيفيز … قال:": whom it is about
            topic = next((k for k in range(lo, trig.start) if norms[k] in ("،", ",")), trig.start)
        named_before = [o for o in self._actors(lo, trig.start) if o.a >= topic]
        before = [o for o in named_before if self._may_be_subject(o) and not (  # nor the place of a title:
            o.type in ("GPE", "LOC") and any(_is_role(w) for w in norms[max(lo, o.a - 2):o.a]))  # وكيل إمارة الباحة
            and not (o.type in _PLACE_TYPES and self._where(o))]  # nor where: "في ريو دي جانيرو والتقى"
        if named_before and not before and not norms[trig.start].startswith("و"):
            interviewed = [o for o in named_before if o.type == "PER" and norms[o.a - 1] in _WITH
                           and not _INTERVIEWS.isdisjoint(norms[max(lo, o.a - 4):o.a])]
            return interviewed[:1], True  # "لكن مصادر … من السويداء، كشفت": a subject stands before, unnamed
            # ("وفي حديث لي مع فاليري لينسي، المديرة …، قالت": the one interviewed)
        # "نقل كارتر لخادم الحرمين تحيات أوباما، وأكد": the sentence's subject, a person rather than the
        # body of their title ("ألقى مدير جمعية الثقافة … الأستاذ عمر الجاسر كلمة …، وتحدث عن")
        opening = [o for o in before if o.type == "PER" and o.a <= lo + _OPENING_WORDS + _ROLE_GAP] \
            or [o for o in before if o.type == "ORG" and o.a <= lo + _OPENING_WORDS]
        if trig.kind == "statement" and trig.start > lo and norms[trig.start - 1] in _WHERE and (
                first := [o for o in opening if o.type == "ORG" or T.RELATIVES.isdisjoint(norms[lo:o.a])]
                or [o for o in before if o.type == "ORG" and o.a <= lo + _OPENING_WORDS]):
            return first[:1], True  # "اجتمع رئيس نادي الفتح أحمد الراشد بلاعبي الفريق، حيث شكرهم", "تغنت
            # صحيفة X بالهدف الذي سجله اللاعب Y … حيث قالت": the sentence's subject, not one in a relative clause
        if trig.kind == "statement" and (but := self._but_subject(lo, trig.start)) and (
                norms[trig.start].startswith("و")
                or not any(o.type == "PER" for o in self._actors(but[0].b, trig.start))):
            # (or the verb of that clause itself: "غير ان اوباما وفي مقابلة مع بي.بي.سي قال انه")
            return but, True  # "مشيرة إلى أن نتنياهو يحاول …، غير أن وزير الدفاع موشي يعلون بدا …، ووصف": يعلون
        if trig.kind == "statement" and (norms[trig.start].startswith("و") or trig.start > lo
                                         and (norms[trig.start - 1] in _HE or norms[trig.start - 1] in _ALSO)) and opening:
            return opening[:1], True  # (and "…، كما أثنى على": the sentence's speaker, again)
        that = next((k for k in range(trig.start - 1, max([lo, *(o.b for o in before)]) - 1, -1) if norms[k] in _THAT), None)
        if that is not None and not _ANONYMOUS.isdisjoint(norms[that + 1:trig.start]):
            return [], True  # "وأضاف X أن مصادر محلية موثوقة أكدت": sources, unnamed, not X
        told = self._last_statement(lo)
        if trig.kind == "statement" and told is not None and before and before[-1].b < trig.start \
                and trig.start > lo and norms[trig.start - 1] in _YET \
                and (spoke := [o for o in before if (o.id, "speaker") in told.actors]):
            return spoke[-1:], True  # "ذكرت مجموعة (بيرسون) أنها … لبيع مجموعة فاينانشال تايمز ولكن حذرت":
            # the one who spoke in this sentence goes on, not a name in what they said
        if before:
            k = len(before) - 1
            group = [before[k]]
            while k > 0 and _joined(self.art, before[k - 1], before[k]):
                group.insert(0, before[k - 1])
                k -= 1
            return _prefer_people(group), True
        return self._carried(trig, lo), False

    def _titled_again(self, v: int, trig: T.Trigger) -> Occurrence | None:
        """The one person named before whose title had this role and a word of the body after it:
        "وأكد مدير هيئة السياحة" is "مدير الهيئة العامة للسياحة والتراث الوطني … سامر الجهني", when the
        body is shortened (so it is no descriptor of the entity stage's) and nobody else fits; or the
        role alone ("كما تطرق الوزير إلى"), when one person only was titled with it."""
        norms = self.art.norms
        if norms[v] in _HIS_COUNTERPART:
            return None  # "أبلغ نظيره الإيراني": whom he told, never who spoke
        role = set(stems(norms[v]))
        bare = norms[v].startswith("ال") and (v + 1 >= len(norms) or norms[v + 1] in _PUNCT or norms[v + 1] == "."
                                             or norms[v + 1] in T.NO_SUBJECT)
        body = {_content(w) for w in norms[v + 1:v + 1 + _TITLE_WORDS] if w.isalpha() and not _is_role(w)} - _GENERIC_BODY
        if bare:
            body = set()  # "كما تطرق الوزير إلى ملف سد النهضة": the one minister named before, whatever of
        elif not body:
            return None
        found: dict[str, Occurrence] = {}
        for occs in self.art.named.values():
            for o in occs:
                if o.type != "PER" or o.b > trig.start or o.id in found:
                    continue
                name = {normalize(w) for w in o.entity["canonical"].split()}
                own = next((k for k in range(o.a, o.b) if norms[k] in name), o.a)
                title = norms[self._title_start(o):own]  # (the title may open the mention: "رئيس بلدية
                # العاصمة الإيطالية اينيازيو مارينو", one occurrence; not one after the name)
                k = next((i for i, w in enumerate(title) if not role.isdisjoint(stems(w))), None)
                if k is not None and (bare or not body.isdisjoint(_content(w) for w in title[k + 1:])) \
                        or bare and any(not role.isdisjoint(stems(normalize(m["text"].split()[0])))
                                        for m in o.entity["mentions"] if m["text"]):
                    found[o.id] = o  # (bare, or a title the entity stage joined to the name after it:
                    # "بدر عبد العاطي، المتحدث الرسمي باسم الخارجية" … "وأضاف المتحدث أن")
        return next(iter(found.values())) if len(found) == 1 else None

    def _national_official(self, v: int) -> list[Occurrence]:
        """"أعرب المسؤول الإماراتي عن أمله": the one person the article has called by a title with
        that nationality ("وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش")."""
        norms = self.art.norms
        if v + 1 >= len(norms) or norms[v] not in _THE_OFFICIAL or not nationality(norms[v + 1]):
            return []
        found = {e["entity_id"]: e for e in self.art.entities.values() if e["type"] == "PER"
                 and any(norms[v + 1] in normalize(m["text"]).split() for m in e["mentions"])}
        return [Occurrence(e, v, v + 2) for e in found.values()] if len(found) == 1 else []

    def _titled_before(self, k: int, lo: int, trig: T.Trigger) -> Occurrence | None:
        """The person a title in apposition follows, before a relative pronoun at ``k``: "الدكتورة درية
        شرف الدين، وزيرة الإعلام السابقة، التي قالت", "الدكتور ممدوح سبحي استشاري أمراض القلب بمستشفى
        الملك فهد بجدة الذي أوضح". The title opens with a comma or a role; nothing said or done between."""
        norms = self.art.norms
        v = self._after_verb(trig)
        if v is not None and (self.art.owner[v] is not None or _is_role(norms[v]) or not _OFFICES.isdisjoint(stems(norms[v]))):
            return None  # "التي أعرب الأمين العام عن امتنانه لها": the verb names its own subject
        for o in reversed(self._actors(max(lo, k - _TITLE_GAP), k)):
            if o.type != "PER":
                continue
            between = norms[o.b:k]
            if all(w in _PUNCT for w in between):
                return o  # "هرمز مسعودي، الذي قال"
            role = between[1] if between[:1] in (["،"], [","]) and len(between) > 1 else between[0] if between else ""
            if (_is_role(role) or not ROLES.isdisjoint(stems(role))) and not any(
                    w in _THAT or w == "." or T.match(norms, o.b + n) is not None for n, w in enumerate(between)):
                return o
            return None
        return None

    def _was_before(self, trig: T.Trigger, lo: int, reach: int = _SUBJECT_REACH) -> int | None:
        """Where a clause-opening كان stands with its subject between it and the (bare) verb: "وكانت
        قيادة القوات … ، أعلنت", "وكان الصندوق قد أكد" — not "وكان في عام 2006، قد أعرب" (no subject
        there), "التصحيح كان صعبا، حيث قالت" (كان inside a clause), "وكان … ، وقال"."""
        norms = self.art.norms
        if norms[trig.start] != trig.form and norms[trig.start][:1] in ("و", "ف"):
            return None
        v = self._after_verb(trig)
        if v is not None and self.art.owner[v] is not None and not _prepositional(norms[v]) \
                and self.art.owner[v]["type"] not in _WHEN_TYPES:
            return None  # "وكان يعالون يلمح …، قال الشاباك": the verb names its own subject (not "التقى بنظيره";
            # not "كان مسؤولون … قد قالوا أمس": a day)
        for i in range(trig.start - 1, max(lo, trig.start - reach) - 1, -1):  # (a host's titles are long)
            if _WAS.isdisjoint(stems(norms[i])):
                continue
            opens = i == lo or norms[i - 1] in _PUNCT or norms[i - 1] == "." or norms[i][:1] == "و"
            k = i + 1 + (i + 1 < trig.start and norms[i + 1] in _ALREADY)
            first = norms[k] if k < trig.start else ""
            if opens and first.isalpha() and first not in _PREPOSITIONS and not T.NO_SUBJECT & set(stems(first)):
                return i
            return None
        return None

    def _describes_here(self, trig: T.Trigger, lo: int) -> bool:
        """وصف is the verb where it opens a clause: after و (ووصف، ويصف), a full stop or comma, or an
        opener (وقد وصف، كما وصف) — not the noun ("يطلق عليهم وصف", "ويقول وصف التطبيق", "لوصف")."""
        norms, k = self.art.norms, trig.start
        return k == lo or norms[k] == "و" + trig.form or norms[k - 1] in _PUNCT or norms[k - 1] in _VERB_OPENERS

    def _opens_clause(self, k: int, lo: int) -> bool:
        """The verb at ``k`` opens a clause of the sentence ("وقال"، "؛ من جهته أعلن"), not one inside
        what was said ("أنه والملك سلمان أكدا")."""
        norms = self.art.norms
        return k == lo or norms[k].startswith("و") or norms[k - 1] in _FOR_HIS_PART \
            or norms[k - 1] in _PUNCT and not any(w in _THAT for w in norms[lo:k]) \
            or norms[k - 1] in _VERB_OPENERS and self._opens_clause(k - 1, lo)  # (not "أن الشركة …، رحبت"; "وقد رحب")

    def _subjects(self, a: int, b: int, *types: str) -> list[Occurrence]:
        """The actors of ``types`` in [a, b) that may be a verb's subject (no name in a prepositional phrase)."""
        return [o for o in self._actors(a, b) if o.type in types and self._may_be_subject(o)]

    def _may_be_subject(self, o: Occurrence) -> bool:
        """Not a name in a prepositional phrase: أمام الكنيست، برفقة الراشد، بالجريسي (welcomed), للوزير,
        لخادم الحرمين الشريفين, لموسكو (where he goes)."""
        first, before = self.art.norms[o.a], self.art.norms[o.a - 1]
        if first in _HIS_COUNTERPART:
            return False  # "فإن الرئيس أردوغان أبلغ نظيره الإيراني": his counterpart is whom he told
        if first[:1] == "ل" and before in _SAYINGS:  # "كشفت تصريحات لوزير الدفاع الفرنسي": whose the sayings
            return first[1:] not in _MEDIA_NOUNS  # are; not "وقال في تصريح لوكالة الأنباء": whom they were to
        return before not in _PREPOSITIONS and not _prepositional(first) and not _behind_clitic(first, o) \
            and not (o.type in _PLACE_TYPES and o.a in self.art.behind_preposition) \
            and not (o.type == "ORG" and o.a in self.art.behind_preposition
                     and any(_is_role(w) for w in self.art.norms[max(0, o.a - 3):o.a])
                     and any(p.type == "PER" for p in self._actors(o.b, o.b + 3))) \
            and not (o.type == "PER" and _is_role(before) and not before.startswith("ال") and before not in _HONOURS
                     and any(p.type == "PER" for p in self._actors(o.b, min(len(self.art.norms), o.b + _TITLE_REACH))))
        # (nor "مدير التسويق لمانشستر ستي، بول هيندر": the body of the office its named holder speaks in;
        # "سمو أمير منطقة عسير": an honorific, no office with a holder of its own;
        # nor "سفير خادم الحرمين الشريفين في كندا السفير نايف السديري": whose envoy he is)

    def _carried(self, trig: T.Trigger, lo: int) -> list[Occurrence]:
        """The subject carried over — or, after "من جانبه/من جهته/بدوره" (for his part), the other party
        of the meeting just told: "وأشاد السفير الكوري … من جانبه أكد سموه" is the prince who received him."""
        if self.last_subject and not _FOR_HIS_PART.isdisjoint(self.art.norms[max(lo, trig.start - 3):trig.start]) \
                and (other := self._other_party(self.last_subject[0].id, trig.start)):
            return other
        return list(self.last_subject)

    def _with(self, a: int, b: int) -> list[Occurrence]:
        """The counterpart(s) after "مع" within [a, b). After a مع whose counterpart goes unnamed
        only "ومع" goes on: "مباحثات مع المسؤولين في المملكة حول الاتفاق مع إيران" met no Iran."""
        unnamed = False
        for i in range(a, b):
            if self.art.norms[i] in _WITH and unnamed:
                return []
            if self.art.norms[i] in _WITH or self.art.norms[i] in ("ومع",):
                unnamed = True
                if i + 1 < b and self.art.owner[i + 1] is None and (known := self.art.by_given_name(i + 1, i)) \
                        and known["type"] == "PER":
                    return [Occurrence(known, i + 1, i + 2)]  # "مع مونتاري الذي": named before, not spread
                occ = self._actors(i + 1, b)
                # the counterpart follows مع closely (roles between: مع الرئيس الروسي فلاديمير بوتين);
                # "في لقاء مع رؤساء الصحف … أن دور مصر" met no one named
                if (officials := self._officials_of(i + 1, b)) is not None:
                    return [officials]  # "مع المسؤولين الروس": Russia, through its officials
                if not occ or any(w in _THAT for w in self.art.norms[i:occ[0].a]) or any(  # (not "مع نهاية
                        self.art.norms[k] in ("،", ",") and self.art.norms[k + 1][:1] == "و"  # الشهر، وستترأس X")
                        for k in range(i, occ[0].a - 1)) or (
                        occ[0].a - i > _WITH_REACH and _AMONG.isdisjoint(self.art.norms[i:occ[0].a])
                        and not (occ[0].type == "PER" and self._office_words(i + 1, occ[0].a))):
                    continue
                if any(f in _MEDIA_NOUNS for f in stems(self.art.norms[occ[0].a - 1])):
                    return []  # "في لقاء مع قناة السعودية الإخبارية": an interview, no one met
                group = _coordinated(self.art, occ, 0)
                k = len(group)
                # "مع الجانب الروسي بوتين", "مع ثنائي فريق النصر الكابتن حسين عبد الغني": the
                # country or club describes the people named right after it (a role between)
                if k < len(occ) and all(o.type != "PER" for o in group) and occ[k].type == "PER" \
                        and self._titles_between(group[-1].b, occ[k].a):
                    group = _coordinated(self.art, occ, k)
                return _prefer_people(group)
        return []

    def _office_words(self, a: int, b: int) -> bool:
        """Only an office and the state it serves in [a, b), and perhaps the given name the entity stage
        left out: "مع دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف" is longer than any reach
        a counterpart is looked for in, yet names him."""
        norms, owner = self.art.norms, self.art.owner
        if b - a > _WITH_REACH and b > a and owner[b - 1] is None and norms[b - 1].isalpha() \
                and not norms[b - 1].startswith(("ال", "و")) and not _is_role(norms[b - 1]):
            b -= 1  # (محمد, the first word of محمد نواز شريف)
        return all(_is_role(w) or w in HONORIFICS or w in _HONOURS or w in _OFFICE_FILLERS or nationality(w)
                   or owner[k] is not None and owner[k]["type"] in ("GPE", "ORG")
                   or w.startswith("ال") and k > a and owner[k - 1] is not None and owner[k - 1]["type"] == "GPE"
                   for k, w in enumerate(norms[a:b], a))

    def _officials_of(self, k: int, b: int) -> Occurrence | None:
        """The country whose unnamed officials are met: "مع (كبار) المسؤولين الروس" (the fresh19
        convention: a meeting with the country)."""
        norms = self.art.norms
        k += k < b and norms[k] in _SENIOR
        if k + 1 >= b or norms[k] not in _OFFICIALS or not (country := nationality(norms[k + 1])):
            return None
        eid = self._country_entity(country)
        entity = self.art.entities.get(eid) or {"entity_id": eid, "type": "GPE", "canonical": country,
                                                "label_en": country, "mentions": []}
        return Occurrence(entity, k, k + 2)

    def _titles_between(self, a: int, b: int) -> bool:
        """Only a role, an honorific or the body's quoted acronym between a body and a person named
        after it ("مع مدير عام هيئة المدن الصناعية «مدن» المهندس صالح الرشيد")."""
        norms = self.art.norms
        return b - a <= _WITH_REACH and all(
            _is_role(norms[i]) or norms[i] in HONORIFICS or norms[i] in _QUOTE_MARKS or norms[i] in _CLOSING_MARKS
            or a < i < b - 1 and norms[i - 1] in _QUOTE_MARKS and norms[i + 1] in _CLOSING_MARKS for i in range(a, b))

    def _receiver(self, trig: T.Trigger, lo: int) -> list[Occurrence]:
        """Who received the call a verb before it tells of: "تلقى خادم الحرمين الشريفين الملك سلمان،
        اتصالا هاتفيا" — the one named between تلقى and the call."""
        v = next((k for k in range(trig.start - 1, lo - 1, -1) if not _RECEIVED.isdisjoint(stems(self.art.norms[k]))), None)
        got = [o for o in self._actors(v + 1, trig.start) if o.type in ("PER", "ORG")] if v is not None else []
        return _prefer_people(_coordinated(self.art, got, 0))[:1] if got else []

    def _caller(self, a: int, b: int) -> list[Occurrence]:
        """The one a call came from: named after من with only titles between ("من الرئيس التركي
        رجب طيب إردوغان", not "من مقر إقامته في جدة")."""
        norms = self.art.norms
        for i in range(a, b):
            if norms[i] in _FROM and (occ := self._actors(i + 1, b)) and occ[0].a - i <= _WITH_REACH \
                    and all(w in _PUNCT or _is_role(w) or nationality(w) for w in norms[i + 1:occ[0].a]):
                return _prefer_people(_coordinated(self.art, occ, 0))
        return []

    def _date(self, a: int, b: int) -> dict[str, Any] | None:
        for i in range(a, b):
            e = self.art.owner[i]
            if e is not None and e["type"] == "DATE" and (e.get("value") or {}).get("value"):  # resolved only
                return {"value": e["value"]["value"], "precision": e["value"]["precision"]}
        return None

    def _place(self, a: int, b: int) -> Occurrence | None:
        """The first place in [a, b), or a city of that country named after it ("في إطار زيارته إلى
        مملكة إسبانيا … بمقر وزارة الخارجية الإسبانية في مدريد": Madrid, the narrower)."""
        places = [o for o in self.art.occurrences(a, b) if o.type in _PLACE_TYPES and self._is_place(o)]
        if not places:
            return None
        first = places[0]
        country = first.entity.get("label_en")
        if first.type == "GPE" and country and _country_of(first.entity) == country:
            return next((o for o in places[1:] if o.type == "GPE" and o.entity.get("label_en") != country
                         and _country_of(o.entity) == country), first)
        return first

    # ---- modality ----------------------------------------------------------------------
    def _modality(self, d: Draft, lo: int, trig: T.Trigger) -> None:
        norms = self.art.norms
        window = norms[max(lo, trig.start - 3):trig.start]
        d.negated = d.negated or any(w in T.NEGATORS for w in window)
        d.planned = d.planned or trig.future or any(w in T.FUTURE_WORDS for w in norms[lo:min(len(norms), trig.end + 6)]) \
            or any(not _WILL_HOLD.isdisjoint(stems(w)) for w in norms[max(lo, trig.start - _WILL_REACH):trig.start])
        # ("وسيجري الرئيس الأمريكي خلال زيارته … محادثات مع": talks to come, not the reception that happened)

    # ---- one sentence ------------------------------------------------------------------
    def sentence(self, lo: int, hi: int) -> None:
        art, norms = self.art, self.art.norms
        self._demand_subject(lo, hi)
        i, reporter, report_end = lo, None, lo
        found = []
        while i < hi:
            named = art.owner[i] is not None and art.owner[i]["type"] in _ACTOR_TYPES
            trig = None if named else T.match(norms, i) or self._encounter_between(i, hi) or self._banquet(i, hi)
            # (فيصل is a name, not ف + يصل)
            if trig is None or (art.in_quote[i] and trig.kind not in _SPEECH_OK and trig.form not in _MET_IN_THE_PAST) \
                    or trig.form in T.GOES_ON and not self._says_next(trig, hi) \
                    or trig.form in T.EXPLAINS and (not self._says_next(trig, hi, only_that=True)
                                                    or i > lo and norms[i - 1].startswith("بين")) \
                    or trig.form in T.DESCRIBED and not self._describes_here(trig, lo) \
                    or trig.form in T.JUDGED and trig.form not in _DESCRIBED_IT and i + 1 < hi \
                    and (norms[i + 1][:1] == "ب" or norms[i + 1] in _THAT) \
                    or i > lo and not _PORTFOLIO.isdisjoint(stems(norms[i - 1])):  # "ووزير التجارة": an office
                i += 1  # (not "جرى بين الرئيسين": a trigger here would end the call's clause; not "بينه وبين X أنه";
                continue  # not "وبحسب وصف المدعي العام", a description, no verb)
            found.append(trig)
            i = trig.end
        found = self._by_phone(found)
        consumed, by = lo, None
        for n, trig in enumerate(found):
            if trig.start < consumed and not (trig.kind == "statement" and by in _TO_SENTENCE_END) \
                    and not (trig.kind == "meeting" and self._body_meeting_attended(trig, lo)) \
                    and not (trig.kind == "meeting" and by in _TO_SENTENCE_END and trig.start > lo
                             and norms[trig.start - 1] in _IN_THE_COURSE):  # "…، خلال لقاء مع نظيره X": where it was said
                continue  # (what a sentence's agreement or offer takes in, a saying after it does not)
            nxt = next((t.start for t in found[n + 1:] if t.kind != trig.kind), hi)
            handler = getattr(self, "_" + trig.kind)
            if art.in_quote[trig.start] and trig.form in _MET_IN_THE_PAST:
                made, end = self._told_in_quote(handler, trig, nxt)
            else:
                made, end = handler(trig, lo, hi, nxt)
            if end >= consumed:
                consumed, by = end, trig.kind
            for d in made:
                self._modality(d, lo, trig)
                if reporter is not None and d.kind != "statement" and trig.start >= report_end \
                        and reporter.id not in {a for a, _ in d.actors}:
                    d.reported = True
                    d.actors.append((reporter.id, "speaker" if d.kind == "trade_figure" else "reporter"))
                self.drafts.append(d)
            if trig.kind == "statement" and made and made[0].actors and _has_that(norms, trig.end, nxt):
                speaker_id = made[0].actors[0][0]
                reporter = next((o for o in self.last_subject if o.id == speaker_id), None)
                report_end = trig.end

    def _told_in_quote(self, handler, trig: T.Trigger, nxt: int) -> tuple[list[Draft], int]:
        """A meeting the speaker tells inside a quote: its parties are looked for in the quote only,
        and the speaker stays the one the next sentences go on about ("وتابع")."""
        qa = trig.start
        while qa > 0 and self.art.in_quote[qa - 1]:
            qa -= 1
        qb = trig.end
        while qb < len(self.art.norms) and self.art.in_quote[qb]:
            qb += 1
        kept = self.last_subject, self.last_roles, self.last_host, self.art.in_quote
        self.art.in_quote = kept[3][:qa] + [False] * (qb - qa) + kept[3][qb:]  # the quote is the sentence here
        try:
            made, end = handler(trig, qa, qb, min(nxt, qb))
        finally:
            self.last_subject, self.last_roles, self.last_host, self.art.in_quote = kept
        said = next((d for d in reversed(self.drafts) if d.kind == "statement" and d.trigger[0] < qa), None)
        for d in made:  # the speaker tells it: a reported event (the chain keeps both roles)
            speakers = [a for a, r in (said.actors if said else []) if r == "speaker" and a not in {x for x, _ in d.actors}]
            d.actors += [(a, "reporter") for a in speakers[:1]]
            d.reported = d.reported or bool(speakers)
        return made, end

    def _demand_subject(self, lo: int, hi: int) -> None:
        """"طالب المهندس منصور العرفج … بتوسيع صلاحيات": a demand is no statement, but the one who opens
        a sentence with it is whom the next sentences' verbs go on about ("وأكد على ضرورة")."""
        form = next((f for f, _ in T.forms(self.art.norms[lo]) if f in T.DEMANDS), None)
        if form is None or self.art.owner[lo] is not None:
            return
        subject, here = self._subject(T.Trigger("demand", lo, lo + 1, False, form), lo, hi)
        subject = [s for s in subject if s.type in ("PER", "ORG")]
        if here and subject:
            self._set_subject(subject[:1])

    def _encounter_between(self, i: int, hi: int) -> T.Trigger | None:
        """"خلص الاجتماع المشترك بين X وY": the encounter named with its parties after بين is told
        here for the first time (told again, it names none: "خلال اللقاء بين الجانبين")."""
        norms = self.art.norms
        if norms[i] in _THE_ENCOUNTER and any(w in _BETWEEN for w in norms[i + 1:min(hi, i + 3)]) \
                or norms[i] in _ENCOUNTERS and i + 1 < hi and norms[i + 1] in _WITH:  # "عددا من اللقاءات مع X"
            return T.Trigger("meeting", i, i + 1, False, norms[i])
        return None

    def _by_phone(self, found: list[T.Trigger]) -> list[T.Trigger]:
        """A talk held "خلال اتصال هاتفي" is a phone call: the meeting verb before it takes the
        call's kind, and the call is not counted again."""
        norms = self.art.norms
        for n, call in enumerate(found):
            if call.kind == "phone_call" and call.start > 0 and norms[call.start - 1] in _BY_PHONE:
                talk = next((k for k in range(n - 1, -1, -1) if found[k].kind == "meeting"), None)
                if talk is not None:
                    found = list(found)
                    found[talk] = found[talk]._replace(kind="phone_call")
                    return found[:n] + found[n + 1:]
        return found

    def _draft(self, kind: str, trig: T.Trigger, lo: int, hi: int, clause_end: int | None = None,
               **kw: Any) -> Draft:
        """A new event of ``kind``; its place and date are looked for in its clause (up to the
        next trigger of another kind), then before the trigger in its sentence."""
        end = hi if clause_end is None else clause_end
        d = Draft(kind, (trig.start, trig.end), (lo, hi), cameo=TYPES[kind].cameo,
                  confidence=_BASE_CONFIDENCE.get(kind, 0.7), **kw)
        d.date = self._date(trig.end, end) or self._date(lo, trig.start)
        d.place = self._place(trig.end, end) or self._place(lo, trig.start)
        return d

    def _meeting(self, trig, lo, hi, nxt, kind="meeting"):
        prior = next((d for d in self.drafts if d.kind in _MEETING_KINDS and d.sentence[0] == lo
                      and (d.kind == kind or d.kind != "phone_call")), None)  # (a call, then a meeting: two)
        if prior is not None:  # "… عقد لقاءين … بحثوا فيهما": one sentence, one account of the meeting …
            return self._split(prior, trig, lo, hi, nxt), trig.end
        if self.last_meeting is not None and not _DUAL_NOUNS.isdisjoint(self.art.norms[max(lo, trig.start - 3):trig.end + 2]):
            pair = [Occurrence(self.art.entities[a], trig.start, trig.start) for a, r in self.last_meeting.actors
                    if a in self.art.entities and r != "reporter"]
            third = [o for o in self._with(trig.end, nxt) if o.id not in {p.id for p in pair} and o.type == "PER"]
            if not third or len(pair) != 2:
                return [], trig.end  # "واتفق الرئيسان في اتصال هاتفي": the encounter told again
            d = self._draft(kind, trig, lo, hi, clause_end=nxt)  # "واجتمع الدبلوماسيان … مع وزير الخارجية السعودي"
            d.actors = [(p.id, "source") for p in pair] + [(o.id, "target") for o in third]
            self.last_meeting = d
            return [d], trig.end
        if trig.form in _TALK_NOUNS and not _THE_ENCOUNTER.isdisjoint(
                self.art.norms[lo if self.last_meeting is not None else max(lo, trig.start - 3):trig.start]):
            return [], trig.end  # "وتناول اللقاء بحث سبل التعاون بين المملكة وكندا": the meeting told again
            # (or told so close by, "ما تضمنته المباحثات من بحث التطورات", though not as an event)
        if trig.end < hi and self.art.norms[trig.end] in _THE_TWO and len(pair := self._last_two(trig.start, lo)) == 2 \
                and not (self.last_meeting and {p.id for p in pair} <= {a for a, _ in self.last_meeting.actors}):
            d = self._draft(kind, trig, lo, hi, clause_end=nxt)  # "والتقى الاثنان في ماليزيا": the two
            d.actors = [(pair[0].id, "source"), (pair[1].id, "target")]  # people named last
            d.cameo = self._meeting_code(pair[:1], pair[1:], d.place, False)
            self.last_meeting = d
            return [d], trig.end + 1
        if trig.form in _TALK_NOUNS and self.last_meeting is not None and trig.start > lo \
                and self.art.norms[trig.start - 1].removeprefix("و") in _IT_WAS:
            return [], trig.end  # "وأضاف أنه تم بحث الأوضاع في لبنان": the talks told before, what they were about
        if not _VIEWS.isdisjoint(self.art.norms[trig.end:trig.end + 2]):
            return [], trig.end  # "التي التقت فيها وجهات نظر البلدين": views met, not people
        if not _MATCH_WORDS.isdisjoint(self.art.norms[trig.end:trig.end + 2]):
            return [], trig.end  # "لقاء فريقه الودي مع نيس", "سيلتقي وديا": a football match
        if trig.form in _TALK_NOUNS and trig.end < len(self.art.norms) and self.art.norms[trig.end] in _DEALS:
            return [], trig.end  # "محادثات اندماج مع سي.إف إندستريز": a deal in the making, no encounter (fresh30)
        if trig.form in _INVESTED and _INSIGNIA.isdisjoint(self.art.norms[trig.end:nxt]):
            return [], trig.end  # (قلّد also "imitated")
        verb = {f for f, _ in T.forms(self.art.norms[trig.start])}  # سيلتقي is يلتقي
        host_verb = not _HOST_VERBS.isdisjoint(verb)
        direct = host_verb or not _MEET_VERBS.isdisjoint(verb)
        if direct and (self._unnamed_subject(trig) or self._unnamed_after_that(trig, lo)):  # استقبل أطفال مدينة عدن …
            return [], trig.end
        if host_verb and (k := self._after_verb(trig)) is not None and not _FACILITIES.isdisjoint(stems(self.art.norms[k])):
            return [], trig.end  # "حيث استقبل مستشفى الملك سعود (8) حالات": a hospital receives patients
        if host_verb and not _REMAINS.isdisjoint(self.art.norms[trig.end:nxt]):
            return [], trig.end  # "استقبل اللواء X … جثمان الشهيد Y": the dead are received, not met
        before = [o for o in self._actors(trig.start - 1, trig.start) if not (  # (not "أمير قطر يلتقي": the
            o.type in _PLACE_TYPES and o.a > 0 and (_is_role(self.art.norms[o.a - 1])  # place of a title; nor
                                                   or self._where(o)))] if trig.start > lo else []
        # where: "مقر اتحاد بلاده في ريو دي جانيرو والتقى مع")
        j = self._after_verb(trig)
        others: list[Occurrence] = []
        callers: list[Occurrence] = []  # others who called the subject: they are the source
        again: Draft | None = None  # the reception this one goes on from, with the same host
        if trig.form in _FAREWELLS:  # only "كان في وداعه X" (not "حفل وداع")
            if (seen_off := self._seen_off(trig, lo, hi)) is None:
                return [], trig.end
            (subject, others), here = seen_off, True
        elif (attended := self._body_meeting_attended(trig, lo)) is not None:
            (subject, others), here = attended, False
        elif (greeted := self._was_there_to_greet(trig, lo, nxt)) is not None:
            (subject, others), here = greeted, True
        elif trig.form in _BANQUETS:  # "وأقام وزير الخارجية القطري خالد العطية مأدبة عشاء تكريما للجبير"
            honoured = next(k for k in range(trig.end, hi) if _honours_someone(self.art.norms[k]))
            others = [o for o in self._actors(honoured + 1, min(hi, honoured + 1 + _WITH_REACH)) if o.type == "PER"][:1]
            if not others and self.art.norms[honoured][:1] == "ل":
                others = [o for o in self._actors(honoured, honoured + 1) if o.type == "PER"]
            subject, here = self._subjects(lo, trig.start, "PER")[-1:], True
        elif trig.form in _TO_MEET:  # "قبل أن يتوجه إلى اسطنبول للقاء الرئيس التركي": the traveller goes to meet
            met = [o for o in self._actors(j, min(nxt, j + _WITH_REACH)) if o.type == "PER"] if j is not None else []
            if not met and j is not None and self.art.norms[j] in _WITH and (officials := self._officials_of(j + 1, nxt)):
                met = [officials]  # "للاجتماع مع الزعماء العراقيين": with Iraq
            if not met and len(sides := self._represented(lo, trig.start)) >= 2:
                d = self._draft(kind, trig, lo, hi, clause_end=nxt)  # "ويستعد ممثلون عن أوكرانيا وروسيا
                d.actors = [(o.id, "participant") for o in sides]  # والمتمردين للاجتماع في مينسك"
                d.cameo = self._meeting_code(sides[:1], sides[1:], d.place, False)
                self.last_meeting = d
                return [d], trig.end
            if not met:
                return [], trig.end  # "استعدادا للقاء الهلال": a match
            people = self._subjects(lo, trig.start, "PER")
            subject, here, others = (people[-1:] or list(self.last_subject[:1])), False, met[:1]  # ("قال كارتر إن أوباما يتطلع للقاء الملك سلمان": the nearest before)
        elif trig.form in _TO_DISCUSS:  # "سيزور الجبير موسكو لمناقشة … مع نظيره الروسي لافروف"
            others = [o for o in self._with(trig.end, nxt) if o.type == "PER"]
            if not others:
                return [], trig.end  # "لبحث سبل التعاون": what a meeting was for, told before
            people = [o for o in self._subjects(lo, trig.start, "PER") if o.id not in {x.id for x in others}]
            subject, here = (people[-1:] or list(self.last_subject[:1])), False
        elif (brought := self._brought_together(trig, lo, nxt, hi)) is not None:
            subject, others, here = *brought, True
        elif self.art.norms[trig.end - 1] in T.RELATIVES and not (
                self._between(trig, lo, nxt) and _BOTH_SIDES.isdisjoint(self.art.norms[trig.end:nxt])):
            return [], trig.end  # "خلال اللقاء الذي عقد أمس": the encounter told again (not "الاجتماع
            # الذي عقد مؤخرا بين الملك سلمان وخالد مشعل": its parties named, it is told here)
        elif (trig.form in _HIS_MEETING or self._his_honour(trig, j)) and j is not None \
                and (j := self._past_arrival(j + self._his_honour(trig, j), nxt)) < nxt and \
                (met := [o for o in self._actors(j, min(nxt, j + self._guest_reach(j)))
                         if o.type == "PER" or o.type == "ORG" and o.a == j and self.art.norms[j].startswith("ب")]) \
                and (owner := self._his(trig, lo, met[0])):
            # "غداة لقائه الملك سلمان": his meeting (the subject's) with the person named next, or with
            # the body named right after ب ("عقب اجتماعه باتحاد القدم")
            subject, here, others = owner, False, met[:1]
            if trig.start > lo and self.art.norms[trig.start - 1] in _AT:  # "كان في استقباله X، وY، وZ"
                others = self._greeters(j, nxt, owner) or others
            elif trig.start > lo and self.art.norms[trig.start - 1] in _AFTER and self._met_before({o.id for o in subject + others}):
                return [], trig.end  # "وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين": the reception told again
                # (not "وكان باستقباله الرئيس كينياتا" after the talks: the welcome is an encounter of its own)
        elif trig.form == _MEETING_NOUN and self.art.norms[trig.start][:1] == "و" and j is not None \
                and (visitor := self._visitor(lo)) \
                and (met := [o for o in self._actors(j, min(nxt, j + _WITH_REACH)) if o.type == "PER"]):
            # "زيارة الأمير محمد بن سلمان … إلى الأردن ولقاء الملك عبدالله الثاني": the visitor met him
            subject, here, others = visitor, False, met[:1]
        elif not _MEET_VERBS.isdisjoint(verb) and j is not None and self.art.norms[j].startswith("بال"):
            # "سيزور الولايات المتحدة ويلتقي بالرئيس باراك أوباما": the one met follows ب, the
            # subject was named before (the last person of the sentence) or carried over
            people = [o for o in self._actors(lo, trig.start) if o.type == "PER"]
            subject, here = (people[-1:], True) if people else (list(self.last_subject), False)
        elif direct and not host_verb and trig.start > lo and self.art.norms[trig.start - 1] in _WHERE \
                and (went := self._subjects(lo, trig.start - 1, "PER")[-1:] or self._visitor(lo)
                     or self._visit_by(lo, trig.start - 1)) \
                and (met := self._one_party(trig.end, nxt)):
            # "قام السفير X بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس التحرير Y": where he went, he met Y (or
            # the visitor behind ل: "خلال زيارة … لوزير الدفاع الأميركي آشتون كارتر إلى بغداد حيث التقى")
            subject, here, others = went, True, met
        elif direct and not host_verb and trig.start > lo and self.art.norms[trig.start - 1] in _WHEN \
                and (went := self._subjects(lo, trig.start - 1, "PER")[-1:]) \
                and len(met := [o for o in self._actors(trig.end, min(nxt, trig.end + _WITH_REACH))
                                if o.type == "PER"]) == 1:
            # "الطلب الذي تقدم به عبد الرزاق مقري، رئيس حركة …، عندما التقى مؤخرا أحمد أويحيى": the
            # one named before the time clause met the one after the verb
            subject, here, others = went, True, met
        elif direct and before and self._actors(trig.end, min(nxt, trig.end + 4)):
            subject, here = before, True  # "إن بوتين سيلتقي أردوغان": the name before the verb is its subject
        elif kind == "phone_call" and (got := self._receiver(trig, lo)) and (came := self._caller(trig.end, nxt)):
            subject, here, others = got, True, came  # "تلقى الملك سلمان، اتصالا هاتفيا أمس من الرئيس هولاند"
            callers = came
        elif not _MEET_VERBS.isdisjoint(verb) and j is not None and (self.art.norms[j] in _DURING_IT or (
                self.art.norms[j] == _DURING and j + 1 < hi and self.art.norms[j + 1] in _THE_VISIT)) \
                and (went := [o for o in self._subjects(lo, trig.start, "PER") if o.a <= lo + _OPENING_WORDS + _ROLE_GAP][:1]) \
                and (met := [o for o in self._actors(j + 1, min(hi, j + 2 + _WITH_REACH)) if o.type == "PER"][:1]
                     or self._named_among(j + 1, hi)):  # (past "زيارته", a trigger of its own)
            # "غادر الأمير X مصر بعد زيارة عمل التقى خلالها بالرئيس المصري Y": the one whose visit it was
            end = max(nxt, met[0].b)
            subject, here, others = went, True, _prefer_people(_coordinated(self.art, self._actors(met[0].a, end), 0))
            among = next((k for k in range(others[-1].b, min(end - 2, others[-1].b + 4))
                          if self.art.norms[k] in _OFFICIALS and self.art.norms[k + 1] in _AT), None)
            if among is not None and (country := self.art.owner[among + 2]) is not None and country["type"] == "GPE":
                others = others + [Occurrence(country, among + 2, among + 3)]  # "… وعدد من المسؤولين في مصر":
                # and Egypt, through its officials (fresh14)
        elif trig.form in _RECEIVED_THEM and (host := self._subject(trig, lo, nxt, _HOST_REACH))[0] \
                and (guests := self._them(trig, lo, {s.id for s in host[0]})):
            # "حيث استقبلهم رئيس النادي هشام مرسي" after the visitors were named; "وكان السفير X قد
            # استقبلهم" after the list of those he received: the host is the verb's subject
            (subject, here), others = host, guests
        elif host_verb and self.last_host and j is not None and (self.art.norms[j] in _ALSO_AFTER or trig.start > lo
                                                                  and self.art.norms[trig.start - 1] in _ALSO) \
                and len([o for o in self._actors(j, self._clause_end(trig, nxt)) if o.type == "PER"]) == 1:
            subject, here = list(self.last_host), False  # "كما استقبل رئيس مدينة الملك عبدالله … الدكتور هاشم
            # يماني، وجرى": one person named, the guest; the host is the one before, where he was
            again = self.last_meeting
        elif host_verb and j is not None and self.art.norms[j] in _TIME_WORDS and (self.last_host or self.last_subject):
            subject, here = list(self.last_host or self.last_subject[:1]), False  # "كما استقبل أمس مدير الجامعة
            # …": the host of the reception before; right after the verb a time word, then the guest
        elif trig.form in _HIS_MEETING and self.art.norms[trig.start][:1] == "و" \
                and (titled := self._titled_right_before(trig.start, lo)):
            subject, here = titled, False  # "لزيارة ولي ولي العهد ومحادثاته مع المسؤولين الأردنيين": his talks
        else:  # the wire formula "استقبل سماحة مفتي عام المملكة رئيس هيئة … الشيخ X" titles its host at length
            subject, here = self._subject(trig, lo, nxt, _HOST_REACH if host_verb else _SUBJECT_REACH)
            if not direct and trig.start > lo and self.art.norms[trig.start - 1] in _IN_THE_COURSE \
                    and (spoke := self._spoke_in_sentence(lo, trig.start)[:1]):
                subject, here = spoke, True  # "أعلن كارتر أن الولايات المتحدة مستعدة …، خلال لقاء مع نظيره X": who
                # spoke, not a name in what he said
        if host_verb and here and subject:
            self.last_host = subject[:1]
        if others:
            host = False
        elif direct:
            # استقبل HOST … GUEST: the guest is the next person (a place or body named in the
            # host's title comes between); people "بحضور" (in the presence of) are not guests
            start = max([trig.end, *(s.b for s in subject)])
            end = next((i for i in range(trig.end, nxt) if self.art.norms[i] in _PRESENCE), nxt)
            present = (end, end)  # those present, between بحضور and the guest when the guest comes after them
            if end < nxt and not any(o.type == "PER" for o in self._actors(start, end)) \
                    and (when := next((i for i in range(end, nxt) if self.art.norms[i] in _TIME_WORDS), None)) is not None:
                present, end = (end, when), nxt  # "استقبل X وبحضور Y اليوم بالديوان الأميري … الأمير Z": Z
            rest = [o for o in self._actors(start, end) if not present[0] <= o.a < present[1]
                    and o.id not in {s.id for s in subject} and not self._describes(o) and not self._kin_of(o)
                    and not (o.a > 0 and self.art.norms[o.a - 1] in LINEAGE)  # "محمد بن نايف بن | عبدالعزيز": his father
                    and not (trig.form in _INVESTED and self.art.norms[o.a] in _INSIGNIA)  # "قلده وسام الأسد": the medal
                    and not (o.a > 1 and self.art.norms[o.a - 1] in _WITH and self.art.norms[o.a - 2] in _PARTNERED)]
            # ("طلاب برنامج … الذي تحتضنه الجامعة بالتعاون مع مركز X": a partner, not a guest)
            rest = self._before_relative(rest, max([trig.end, *(s.b for s in subject)]))
            k = next((i for i, o in enumerate(rest) if o.type == "PER"), 0 if rest else None)
            if k == 0 and (rest[0].type in _PLACE_TYPES and self._is_place(rest[0])
                           or host_verb and rest[0].a in self.art.behind_preposition
                           and self.art.norms[rest[0].a][:1] == "ب"):
                k = None  # "التقى أوباما العشرات من أقاربه … في أحد فنادق العاصمة الكينية نيروبي": where, not
                # whom; "استقبل أوباما في القاعة الشرقية بالبيت الأبيض وفداً": one received is never behind ب
            others = _prefer_people(_coordinated(self.art, rest, k)) if k is not None else []
            if k:  # "وفدا من الكونغرس الأمريكي برئاسة السيناتور جون ماكين": the body and the one who heads it
                others = [o for o in rest[:k] if o.type == "ORG" and self._delegation_of(o)][:1] + others
            if len(others) == 1 and (board := self._board_of(others[0], nxt)) is not None:
                others = others + [board]  # "… رئيس مجلس إدارة الغرفة التجارية X، وأعضاء مجلس الإدارة": the body
            if others and (members := self._members(others[-1].b, hi)):  # (past "الذي يزور …")
                others = others + [o for o in members if o.id not in {x.id for x in [*others, *subject]}]
            host = host_verb
            if not others and not host:  # التقى X مع Y
                others = [o for o in self._with(trig.end if here else lo, nxt) if o.id not in {s.id for s in subject}]
        else:
            others = [o for o in self._with(trig.end if here else lo, nxt) if o.id not in {s.id for s in subject}]
            if not others and kind == "phone_call":  # "اتصال هاتفي تلقاه الملك سلمان من الرئيس التركي"
                others = callers = [o for o in self._caller(trig.end, nxt) if o.id not in {s.id for s in subject}]
            if not others and kind == "phone_call" and trig.start > lo and self.art.norms[trig.start - 1] in _AT_THE_MEETING:
                # "أطلع الرئيس التركي أردوغان أمس في اتصال هاتفي نظيره الإيراني حسن روحاني على": the
                # object of the verb the call is told inside, right after it
                others = [o for o in self._actors(trig.end, min(nxt, trig.end + 2)) if o.type == "PER"
                          and o.a <= trig.end + 1 and o.id not in {s.id for s in subject}][:1]
                if others and not subject:
                    subject = [o for o in self._subjects(lo, trig.start, "PER") if o.id != others[0].id][-1:]
            if not others and here and not _MET_BY.isdisjoint(verb):
                others = self._met_by(max([s.b for s in subject], default=trig.end), nxt)
            host = False
        if len(subject) + len(others) < 2 and (chaired := self._chaired(trig.end, hi)):
            # "تعقد لجنة … اجتماعا طارئا برئاسة وزير الخارجية المصري سامح شكري ومشاركة الرئيس الفلسطيني"
            body = self._subjects(lo, trig.start, "ORG")[-1:]
            known = {o.id for o in chaired}
            subject = body or [s for s in subject if s.id not in known]
            others = [o for o in chaired if o.id not in {s.id for s in subject}]
        if len(subject) >= 2 and others and others[0].a - max([trig.end, *(o.b for o in subject)]) > _WITH_REACH:
            # (measured past the pair when named after the verb: "سيبحث كيري ومساعده … توم مالينوفسكي مع المسؤولين
            # المصريين")
            others = []  # "X وY اتفقا أثناء اتصال هاتفي على … حدود تركيا مع سوريا": the pair met, not Syria
        if between := self._between(trig, lo, nxt):  # named right after the trigger: surer than any subject
            subject, others, here = between, [], not self._spoke_in_sentence(lo, trig.start)
            # ("ثمن X الاجتماع الذي عقد بين Y وZ … وقال": X goes on, not Y)
            if trig.start > lo and self.art.norms[trig.start - 1] in _HOSTING \
                    and (host := (self._subjects(lo, trig.start, "PER") or self.last_subject)[-1:]) \
                    and host[0].id not in {o.id for o in between}:
                subject, others = host, between  # "عقب استضافة محادثات بين X وY": the one who hosted them too
        elif trig.form in _THE_ENCOUNTER and trig.end == trig.start + 1:
            return [], trig.end  # (a definite encounter alone, not "اللقاء الذي", is a trigger only with its parties after بين)
        others = [o for o in others if o.id not in {s.id for s in subject}]  # nobody meets himself
        if others and others[-1].type == "ORG" and (chair := [
                o for o in self._chaired(others[-1].b, min(hi, others[-1].b + _ROLE_GAP))
                if o.type == "PER" and o.id not in {x.id for x in [*subject, *others]}][:1]):
            others = others + chair  # "اجتمع مع لجنة المسابقات في الاتحاد السعودي لكرة القدم برئاسة خالد المقرن"
        if trig.form in _INVESTED:  # "قلد فخامته، خادم الحرمين … وسام الأسد": the medal is no party
            subject, others = ([o for o in group if self.art.norms[o.a] not in _INSIGNIA] for group in (subject, others))
        if not subject or (not others and len(subject) < 2):
            if here and subject and subject[0].type == "PER" and not self._spoke_in_sentence(lo, trig.start):
                self._set_subject(subject[:1])  # "استقبل X المهنئين … وشدد على": X speaks next
            return [], trig.end
        if direct and all(o.type == "GPE" for o in [*subject, *others]) \
                or host_verb and subject[0].a > 0 and self.art.norms[subject[0].a - 1] in _FACILITIES:
            return [], trig.end  # "مطار عدن استقبل الطائرة السعودية": places receive planes, not guests
            # ("إن ميناء بورتوفيق بالسويس استقبل السفينة": a port, whatever the tagger made of its name)
        if here and not self._spoke_in_sentence(lo, trig.start):  # ("وقال X إن Y استقبل Z … وأضاف": X)
            self._set_subject(subject[:1] if subject[0].type == "PER" else subject)
        if not direct and others and self._met_within({o.id for o in [*subject, *others]}):
            return [], trig.end  # "فقد تم عقد اجتماع تشاوري مع رئيس لجنة المسابقات": the meeting told before, with
            # fewer of its parties named
        end = max([o.b for o in others], default=trig.end)
        groups = [[o] for o in others] if others and len(others) > 1 and any(
            w in T.SEPARATE_WORDS for w in self.art.norms[lo:hi]) else [others]
        made = []
        for group in groups:
            d = self._draft(kind, trig, lo, hi, clause_end=nxt)
            if group:
                source, target = (group, subject) if callers else (subject, group)
                d.actors = [(s.id, "source") for s in source] + [(o.id, "target") for o in target]
            else:
                d.actors = [(s.id, "participant") for s in subject]
            if not here:
                d.confidence -= 0.15
            if d.place is None and self.summit is not None and (
                    any(w in T.SIDELINES for w in self.art.norms[lo:hi]) or kind == "meeting"):
                d.place = self.summit.place
                if d.date is None:
                    d.date = self.summit.date
            if d.place is None and again is not None:
                d.place = again.place
            if kind == "phone_call":
                d.place = None  # "بحث X وY خلال اتصال هاتفي الحرب في سوريا": a call has no place
            if kind == "meeting":
                d.cameo = self._meeting_code(subject, group, d.place, host)
            made.append(d)
        if made:
            self.last_meeting = made[-1]
        return made, end

    def _his_honour(self, trig: T.Trigger, j: int | None) -> int:
        """1 when the reception noun is followed by "سموه" (his highness): "وكان في استقبال سموه لدى
        وصوله X" is "في استقباله", with the word to step over."""
        return int(j is not None and trig.form == _RECEPTION and trig.start > 0 and self.art.norms[j] in T.HIS_HONOUR
                   and self.art.norms[trig.start - 1] in _AT)

    def _clause_end(self, trig: T.Trigger, nxt: int) -> int:
        """Where the next trigger of any kind starts after ``trig`` (``nxt`` bounds only other kinds)."""
        return next((k for k in range(trig.end, nxt) if T.match(self.art.norms, k)), nxt)

    def _past_arrival(self, j: int, nxt: int) -> int:
        """Past "لدى وصوله إلى مطار حمد الدولي" after "كان في استقباله" (or "لدى مغادرته مطار القاهرة" after
        "كان في وداعه"): when and where, before the greeters — the first role word after the place."""
        norms = self.art.norms
        if j + 1 >= nxt or norms[j] not in _ON_ARRIVAL or not norms[j + 1].startswith(_COMING_OR_GOING):
            return j
        return next((k for k in range(j + 2, min(nxt, j + 2 + _WITH_REACH)) if _is_role(norms[k])), j)

    def _greeters(self, j: int, nxt: int, host: list[Occurrence]) -> list[Occurrence]:
        """Those "في استقباله": a list of titled people, each after a comma and و with its role
        ("، وصاحب السمو الملكي الأمير مشعل بن ماجد … محافظ جدة، وصاحب السمو …"); the first
        person of each item (not the host, named again in a title)."""
        norms, hosts = self.art.norms, {o.id for o in host}
        starts = [j] + [k for k in range(j + 1, nxt) if norms[k - 1] in ("،", ",") and norms[k][:1] == "و"
                        and _is_role(norms[k][1:])]
        return self._first_of_each(starts, nxt, lambda o: o.id not in hosts)

    def _first_of_each(self, starts: list[int], end: int, keep, until_none: bool = False) -> list[Occurrence]:
        """The first person ``keep`` accepts in each item of a list (items start at ``starts``, the last
        runs to ``end``), each once; ``until_none``: the list ends at the first item naming nobody."""
        out: list[Occurrence] = []
        for a, b in zip(starts, starts[1:] + [end]):
            first = next((o for o in self._actors(a, b) if o.type == "PER" and keep(o)), None)
            if first is None and until_none:
                break
            if first is not None and first.id not in {x.id for x in out}:
                out.append(first)
        return out

    def _visitor(self, lo: int) -> list[Occurrence]:
        """The person whose visit this sentence told last, if any."""
        visit = next((d for d in reversed(self.drafts) if d.kind == "visit" and d.sentence[0] == lo), None)
        ids = [a for a, r in (visit.actors if visit else ()) if r == "source" and a in self.art.entities]
        return [Occurrence(self.art.entities[a], visit.trigger[0], visit.trigger[1])
                for a in ids if self.art.entities[a]["type"] == "PER"][:1]

    def _them(self, trig: T.Trigger, lo: int, host: set[str]) -> list[Occurrence]:
        """Whom "استقبلهم" received: the people this sentence named before the verb (the visitors),
        else the last list of two or more people the article named ("وهم الشيخ X، الشيخ Y، …"). Nobody
        when a noun the entity stage did not name stands right before "الذين" ("وسينقل اللاجئون الذين
        استقبلتهم الأمم المتحدة": refugees)."""
        norms = self.art.norms
        if trig.start - 2 >= lo and norms[trig.start - 1] in _WHO_THEY and self.art.owner[trig.start - 2] is None \
                and norms[trig.start - 2].isalpha():
            return []
        here = [o for o in self._actors(lo, trig.start) if o.type == "PER" and o.id not in host]
        if here:
            return here
        people = [o for o in self._actors(0, lo) if o.type == "PER" and o.id not in host]
        for k in range(len(people) - 1, 0, -1):
            group = _coordinated(self.art, people, k - 1)
            if len(group) >= 2 and group[-1] is people[k]:
                return group
        return []

    def _visit_by(self, lo: int, end: int) -> list[Occurrence]:
        """The person a visit noun is of, behind ل: "خلال زيارة لم يعلن عنها مسبقاً لوزير الدفاع الأميركي
        آشتون كارتر إلى بغداد" (told in passing, so no visit of its own)."""
        norms = self.art.norms
        return [o for o in self._actors(lo, end) if o.type == "PER"
                and (o.a in self.art.behind_preposition or _prepositional(norms[o.a]))
                and not _VISIT_NOUNS.isdisjoint(norms[max(lo, o.a - _VISIT_NOUN_REACH):o.a])][-1:]

    def _guest_reach(self, j: int) -> int:
        """Words after "لقائه" in which the one met is named: a title behind ل or ب may be long
        ("خلال استقباله لولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع … الأمير X")."""
        w = self.art.norms[j]
        return _HOST_REACH if w[:1] in ("ل", "ب") and _is_role(w[1:]) else _WITH_REACH

    def _his(self, trig: T.Trigger, lo: int, met: Occurrence) -> list[Occurrence]:
        """Whose meeting "لقائه" is: the person named right before "خلال لقائها"; in what was said,
        the one it is said of ("ذكرت الخارجية الألمانية أن شتاينماير سيركز في لقائه مع الجبير"); else
        the person the sentence opens with ("ودعا الرئيس اليمني خلال لقائه، أمس في الرياض، X"); else
        the last subject."""
        people = [o for o in self._subjects(lo, trig.start, "PER") if o.id != met.id]
        framed = [o for o in people[-1:] if trig.start - o.b == 1 and self.art.norms[o.b] in _WHEN_SAID]
        if framed:  # "جاء ذلك على لسان … السيناتورة دايني فينستاين خلال لقائها بـY": the one named right before
            return framed
        that = next((k for k in range(trig.start - 1, lo - 1, -1) if self.art.norms[k] in _THAT), None)
        if that is not None and (said_of := self._subjects(that + 1, trig.start, "PER")[:1]):
            return said_of
        opening = [o for o in people if o.a <= lo + _OPENING_WORDS]
        return opening[:1] or list(self.last_subject[:1])

    def _last_two(self, k: int, lo: int) -> list[Occurrence]:
        """The last two people named before token ``k``, in this sentence and the one before it."""
        start = next((a for a, _ in reversed(self.art.sentences) if a < lo), lo)
        people: list[Occurrence] = []
        for o in reversed(self._actors(start, k)):
            if o.type == "PER" and o.id not in {p.id for p in people}:
                people.insert(0, o)
            if len(people) == 2:
                break
        return people

    def _titled_right_before(self, k: int, lo: int) -> list[Occurrence]:
        """The person a title right before token ``k`` names (no name with it): the role phrase the
        article put after their name ("الأمير محمد بن سلمان … ولي ولي العهد" … "زيارة ولي ولي العهد")."""
        norms, r = self.art.norms, k
        while r > max(lo, k - _TITLE_WORDS - 1) and self.art.owner[r - 1] is None \
                and (_is_role(norms[r - 1]) or norms[r - 1].startswith("ال")):
            r -= 1
        while r < k and not _is_role(norms[r]):
            r += 1
        if r + 1 >= k:
            return []
        holders = self._titled_after_name(norms[r:r + 2], k)
        return holders if len(holders) == 1 else []

    def _met_by(self, a: int, b: int) -> list[Occurrence]:
        """"اجتمع X، في جدة، البارحة بسمير جعجع", "واجتمع X بنظيره البريطاني فيليب هاموند": the first
        person or body within [a, b) whose name, or whose title before it, stands behind ب. Not the body
        of the subject's own title after its name ("اجتمع X مدرب الفريق الأول بنادي الهلال … باللاعبين")."""
        norms, owner = self.art.norms, self.art.owner
        if a < b and owner[a] is None and _is_role(norms[a]) and norms[a][:1] != "ب":  # (not "بقائد قوة جازان")
            while a < b and (owner[a] is None and norms[a][:1] != "ب" and (_is_role(norms[a]) or norms[a].startswith("ال"))
                             or owner[a] is not None and owner[a]["type"] != "PER"):
                a += 1
        for o in self._actors(a, b):
            if o.type not in ("PER", "ORG"):
                continue
            titled = next((k for k in range(o.a - 1, max(a, o.a - _WITH_REACH) - 1, -1)
                           if norms[k][:1] == "ب" and _is_role(norms[k][1:])), None)
            # (بنظيره البريطاني فيليب هاموند، بقائد قوة جازان اللواء ركن سعيد الغامدي: the title behind ب)
            if (o.a in self.art.behind_preposition or _prepositional(norms[o.a])) and norms[o.a][:1] == "ب" \
                    or titled is not None \
                    and all(w.isalpha() or w == "." for w in norms[titled:o.a]):
                return _prefer_people(_coordinated(self.art, self._actors(o.a, b), 0))
            return []  # (someone else named first: "اجتمع X ووزير … بمقر …")
        return []

    def _delegation_of(self, o: Occurrence) -> bool:
        """The body is named as a delegation's: "وفدا من الكونغرس", "وفد منظمة الصحة العالمية"."""
        norms = self.art.norms
        k = o.a - 1 - (o.a > 0 and norms[o.a - 1] in _FROM)
        if k > 0 and self.art.owner[k] is None and norms[k].isalpha() and not _DELEGATION.isdisjoint(stems(norms[k - 1])):
            k -= 1  # "فريق هندسي من وزارة الصحة": its kind between
        return k >= 0 and not _DELEGATION.isdisjoint(stems(norms[k]))

    def _represented(self, lo: int, end: int) -> list[Occurrence]:
        """The sides whose representatives are the subject: "ممثلون عن أوكرانيا وروسيا والمتمردين"."""
        norms = self.art.norms
        k = next((i for i in range(lo, end - 1) if norms[i] in _REPRESENTATIVES and norms[i + 1] in _ABOUT), None)
        if k is None:
            return []
        occ = [o for o in self._actors(k + 2, end) if o.type in ("GPE", "ORG", "PER")]
        return _coordinated(self.art, occ, 0) if occ and occ[0].a == k + 2 else []

    def _thanks_go_to(self, trig: T.Trigger, nxt: int) -> str | None:
        """The entity thanks go to ("عن شكره لخادم الحرمين"), if any."""
        norms = self.art.norms
        k = next((i for i in range(trig.end, min(nxt, trig.end + 4)) if norms[i] in T.THANKS), None)
        if k is None:
            return None
        to = next((i for i in range(k + 1, min(nxt, k + 4)) if norms[i][:1] == "ل" and self.art.owner[i] is not None), None)
        return self.art.owner[to]["entity_id"] if to is not None else None

    def _other_party(self, eid: str, at: int) -> list[Occurrence]:
        """The other party of the two-party meeting just told, if ``eid`` is one of them (at token ``at``)."""
        if self.last_meeting is None:
            return []
        parties = [a for a, r in self.last_meeting.actors if r != "reporter" and a in self.art.entities]
        return [Occurrence(self.art.entities[a], at, at) for a in parties if a != eid][:1] \
            if len(parties) == 2 and eid in parties else []

    def _banquet(self, i: int, hi: int) -> T.Trigger | None:
        """"أقام X مأدبة عشاء تكريما للجبير", "حفل غداء على شرف Y": a meal given in a guest's honour."""
        norms = self.art.norms
        if norms[i] in _BANQUETS and any(_honours_someone(w) for w in norms[i + 1:min(hi, i + 1 + _HONOUR_REACH)]):
            return T.Trigger("meeting", i, i + 1, False, norms[i])
        return None

    def _unnamed_after_that(self, trig: T.Trigger, lo: int) -> bool:
        """"إن جوازات المطار استقبلت … 16 حاجاً": the verb's subject stands before it, after إن/أن,
        and is no name (so not the speaker of the sentence, carried over)."""
        norms, k = self.art.norms, trig.start - 1
        while k > lo and k > trig.start - 4 and norms[k].isalpha() and self.art.owner[k] is None and norms[k] not in _THAT:
            k -= 1
        return k < trig.start - 1 and norms[k] in _THAT

    def _body_meeting_attended(self, trig: T.Trigger, lo: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """"شدد الرئيس الفلسطيني محمود عباس في اجتماع لجنة المبادرة العربية": who spoke at a body's
        meeting met the body (the meeting noun, then the body's name at once)."""
        norms = self.art.norms
        if trig.form not in _BODY_MEETINGS or trig.start <= lo or norms[trig.start - 1] not in _AT_THE_MEETING \
                or trig.end >= len(norms) or (body := self.art.owner[trig.end]) is None or body["type"] != "ORG":
            return None
        speaker = self._spoke_in_sentence(lo, trig.start)[:1]
        if not speaker:
            return None
        end = trig.end
        while end < len(norms) and self.art.owner[end] is body:
            end += 1
        return speaker, [Occurrence(body, trig.end, end)]

    def _named_among(self, a: int, b: int) -> list[Occurrence]:
        """The first person named after "منهم" in a group met unnamed: "والتقى خلال زيارته قيادات الصحة في
        القطاع الجنوبي منهم مدير صحة نجران الصيدلي صالح المونس"."""
        k = next((i for i in range(a, min(b, a + _ROLE_GAP)) if self.art.norms[i] in _AMONG_THEM), None)
        return [] if k is None else [o for o in self._actors(k + 1, min(b, k + 1 + _ROLE_GAP)) if o.type == "PER"][:1]

    def _met_within(self, ids: set[str]) -> bool:
        """Whether the article told a meeting of these parties and more already."""
        return any(d.kind == "meeting" and ids < {a for a, r in d.actors if r != "reporter"} for d in self.drafts)

    def _met_before(self, ids: set[str]) -> bool:
        """Whether the article told a meeting of exactly these parties already."""
        return any(d.kind == "meeting" and {a for a, r in d.actors if r != "reporter"} == ids for d in self.drafts)

    def _where(self, o: Occurrence) -> bool:
        """The place is named after في (its whole name, not the piece of it in a window): where, not who."""
        owner, k = self.art.owner, o.a
        while k > 0 and owner[k - 1] is not None and owner[k - 1] is owner[o.a]:
            k -= 1
        return k > 0 and self.art.norms[k - 1] in _AT

    def _one_party(self, a: int, b: int) -> list[Occurrence]:
        """The people or body named in ``a:b``, when they are one party: one name, or names joined
        ("التقى مع وزير الخارجية، محمد جواد ظريف، ونائبه حسين أمير عبد اللهيان"); none otherwise."""
        named = [o for o in self._actors(a, b) if o.type in ("PER", "ORG")]
        if len(named) <= 1:
            return named
        group = _coordinated(self.art, named, 0)
        return group if len(group) == len(named) and all(o.type == "PER" for o in group) else []

    def _seen_off(self, trig: T.Trigger, lo: int, hi: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """"وكان في وداع الأمير محمد بن سلمان لدى مغادرته مطار القاهرة الدولي … صدقي صبحي وسفير … أحمد قطان":
        the one leaving (named after the noun, or its pronoun's: "في وداعه") and those who saw him off,
        named one after another with their titles past when and where."""
        norms = self.art.norms
        if trig.start <= lo or norms[trig.start - 1] not in _AT or (j := self._after_verb(trig)) is None:
            return None
        if norms[trig.start] != trig.form or trig.form != _FAREWELL:  # وداعه: the one the article is about
            owner, k = list(self.last_subject[:1]), j
        else:
            owner = [o for o in self._actors(j, min(hi, j + _WITH_REACH)) if o.type == "PER"][:1]
            k = owner[0].b if owner else j
        k = self._past_arrival(k, hi)
        if not owner:
            return None
        # one item a person: each after the name before it, opening with و and a role ("… صدقي صبحي وسفير
        # خادم الحرمين الشريفين … الأستاذ أحمد قطان والملحق العسكري …"), however long the title
        owners = self.art.owner
        starts = [k] + [i for i in range(k + 1, hi) if norms[i][:1] == "و" and (
            _is_role(norms[i][1:]) and owners[i - 1] is not None and owners[i - 1]["type"] == "PER"
            or norms[i - 1] in ("،", ","))]  # (or each after a comma, name first: "…، وأحمد قطان سفير …")
        seen = self._first_of_each(starts, hi, lambda o: not self._in_construct(o) and o.id != owner[0].id,
                                   until_none=True)
        return (owner, seen) if seen else None

    def _in_construct(self, o: Occurrence) -> bool:
        """The person is named in someone's title, after an office in construct: "وسفير خادم الحرمين
        الشريفين لدى …" (the king's ambassador; not "الأستاذ أحمد قطان")."""
        prev = self.art.norms[o.a - 1] if o.a > 0 else ""
        return _is_role(prev) and not prev.startswith("ال") and not (prev[:1] == "و" and prev[1:3] == "ال")

    def _was_there_to_greet(self, trig: T.Trigger, lo: int, nxt: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """"أن اللواء عصمت مراد مدير الكلية الحربية، كان في استقبال الوزير": the one named before كان
        greeted the one named (or titled, once in the article) after the noun."""
        norms = self.art.norms
        if trig.form != _RECEPTION or trig.start < lo + 3 or norms[trig.start - 1] not in _AT \
                or _WAS.isdisjoint(stems(norms[trig.start - 2])) or (j := self._after_verb(trig)) is None:
            return None
        host = self._subjects(lo, trig.start - 2, "PER")[-1:]
        guest = [o for o in self._actors(j, j + 1) if o.type == "PER"]
        if not guest and _is_role(norms[j]) and (again := self._titled_again(j, trig)) is not None:
            guest = [again]
        if not host or not guest or host[0].id == guest[0].id:
            return None
        return host, guest[:1]

    def _before_relative(self, guests: list[Occurrence], start: int) -> list[Occurrence]:
        """The guests named before a relative clause about them: "استقبل X وزراء خارجية دول مجلس
        التعاون، الذين يزورون قطر لحضور اجتماعهم مع … جون كيري" received the council's ministers;
        whom they came to meet is told in the clause, no guest. Guests left unnamed before it
        ("مديري الجهات الحكومية، الذين قدموا لتهنئة وكيل المحافظة ماجد العساف") leave none."""
        if not guests:
            return guests
        norms, owner = self.art.norms, self.art.owner
        rel = next((i for i in range(start, guests[-1].a) if norms[i] in T.RELATIVES), None)
        if rel is not None and rel < guests[0].a and (norms[rel] not in _WHO_THEY or sum(
                norms[i].isalpha() and owner[i] is None for i in range(start, rel)) < _UNNAMED_GUEST_WORDS):
            rel = None  # "استقبل X، الذي …، Y", "في مكتبه، الذي …": the clause is the host's, or the place's
        return guests if rel is None else [o for o in guests if o.b <= rel]

    def _brought_together(self, trig: T.Trigger, lo: int, nxt: int, hi: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """"اتفق العربي خلال اللقاء الذي جمعه مؤخرا بالدكتور عبدالواحد النبوي": the meeting that brought
        him (the sentence's subject) together with the one named after ب; "الذي جمع X وY": the two."""
        norms = self.art.norms
        k = trig.end - 1  # (the trigger is "اللقاء الذي"; or "محادثات" and أجراها right after it)
        if k + 1 >= len(norms) or norms[k] not in T.RELATIVES and not (trig.form in _TALK_NOUNS and norms[k + 1] in _HELD_BY):
            return None
        nxt = max(nxt, k + 2)  # (past أجراها, itself no trigger)
        after = [o for o in self._actors(k + 2, min(nxt, k + 2 + _WITH_REACH)) if o.type in ("PER", "ORG", "GPE")]
        if not after:
            return None
        if norms[k + 1] in _HELD_BY and k + 2 < len(norms) and norms[k + 2] in _WITH:
            # "شدد الأمير X على أن المباحثات التي أجراها مع الرئيس المصري Y": held by the one the sentence is
            # about, with the one named after مع
            holder = self._subjects(lo, trig.start, "PER")[:1] or list(self.last_subject[:1])
            met = [o for o in after if o.type in ("PER", "ORG")][:1]
            return (holder, met) if holder and met and holder[0].id != met[0].id else None
        if norms[k + 1] in _HELD_BY:  # "جلسة المباحثات التي أجراها الرئيس المصري X ونظيره اليمني Y": held by
            # the two named next (not "التي عقدها X" alone: an encounter told before)
            pair = _coordinated(self.art, after, 0)
            if len(pair) < 2 and after[0].type == "PER" and (second := self._titled_second(after[0], hi)) is not None:
                pair = [after[0], second]  # "محادثات أجراها محمد بن سلمان …، ولي ولي العهد …، والرئيس المصري X"
            return (pair[:1], pair[1:]) if len(pair) >= 2 and pair[0].a - k <= _WITH_REACH else None
        if not norms[k + 1].startswith(_BROUGHT):
            return None
        if norms[k + 1] in ("جمع", "جمعت"):  # جمع X وY
            pair = _coordinated(self.art, after, 0)
            return (pair[:1], pair[1:]) if len(pair) >= 2 else None
        met = [o for o in after if norms[o.a].startswith("ب") or norms[o.a - 1].startswith("ب")][:1]
        subject = self._subjects(lo, trig.start, "PER")[:1]
        return (subject or list(self.last_subject[:1]), met) if met else None

    def _titled_second(self, first: Occurrence, hi: int) -> Occurrence | None:
        """The next person after ``first`` whose title opens with و ("…، والرئيس المصري عبد الفتاح السيسي"),
        past the first one's long title in apposition (no verb or other person between)."""
        norms = self.art.norms
        for o in self._actors(first.b, min(hi, first.b + _HOST_REACH)):
            if o.type != "PER":
                continue
            opening = norms[o.a] if norms[o.a][:1] == "و" else norms[o.a - 1]
            if opening[:1] == "و" and _is_role(opening[1:]) and not any(
                    T.match(norms, i) is not None or norms[i] in _THAT for i in range(first.b, o.a)):
                return o
            if self.art.owner[o.a]["type"] == "PER" and o.entity is not first.entity and not _is_role(norms[o.a]):
                return None  # another person named first, untitled
        return None

    def _chaired(self, a: int, b: int) -> list[Occurrence]:
        """Who chairs and who takes part, named after برئاسة / بمشاركة / ومشاركة within [a, b)."""
        out: list[Occurrence] = []
        for i in range(a, b):
            if self.art.norms[i] in _CHAIRED_BY:
                named = [o for o in self._actors(i + 1, min(b, i + 1 + _WITH_REACH)) if o.type in ("PER", "ORG")]
                out += [o for o in named[:1] if o.id not in {x.id for x in out}]
        return out

    def _between(self, trig: T.Trigger, lo: int, nxt: int) -> list[Occurrence]:
        """The parties after "بين" right after the trigger ("اتصال هاتفي جرى بين الرئيسين التركي
        رجب طيب أردوغان والأمريكي باراك أوباما"), when at least two are named."""
        norms = self.art.norms
        reach = _HELD_REACH if trig.end < nxt and norms[trig.end] in _HELD else 3
        i = next((k for k in range(trig.end, min(nxt, trig.end + reach)) if norms[k] in _BETWEEN), None)
        if i is None or not _RELATIONS.isdisjoint(norms[trig.end:i]) or any(w in _PUNCT for w in norms[trig.end:i]):
            return []  # "تم بحث العلاقات التاريخية بين المملكة ومصر": whose relations, not who discussed them
        if i + 1 < nxt and norms[i + 1] in _BOTH_SIDES:  # "خلال مكالمة هاتفية جرت بين الجانبين": the two
            people: dict[str, Occurrence] = {}  # people named last before it in the sentence
            for o in reversed(self._actors(lo, trig.start)):
                if o.type == "PER" and len(people) < 2:
                    people.setdefault(o.id, o)
            return list(reversed(people.values())) if len(people) == 2 else []
        occ = self._actors(i + 1, nxt)
        if not occ or occ[0].a - i > _WITH_REACH:
            return []
        k = next((n for n, o in enumerate(occ) if o.type == "PER"), 0)
        group = self._parties_from(occ, k)
        if len(group) < 2 and k:  # "بين وزراء خارجية دول مجلس التعاون ووزير الخارجية الأميركي جون كيري"
            group = self._parties_from(occ, 0)
        return group if len(group) >= 2 else []

    def _parties_from(self, occ: list[Occurrence], k: int) -> list[Occurrence]:
        """The parties after بين from ``occ[k]`` on: each joined to the one before it, or a person
        whose title opens with و after a first person's long title."""
        norms = self.art.norms
        group = [occ[k]]
        for o in occ[k + 1:]:  # "والأمريكي باراك أوباما": و and a nationality before the second name
            gap = norms[group[-1].b:o.a]
            if not (_joined(self.art, group[-1], o) or (len(gap) == 1 and gap[0][:1] == "و"
                                                        and nationality(gap[0][1:]))
                    or 1 <= len(gap) <= 2 and gap[0][:1] == "و" and gap[0].endswith("ي") and o.type in ("ORG", "GPE")
                    and all(w in HEAD_NOUNS or w in _MOVEMENTS for w in gap[1:])):
                break  # (or "ومتمردي حركة طالبان", "وممثلي X": the body whose members they are)
            group.append(o)
        if len(group) == 1 and group[0].type == "PER":  # two people, each with a long title
            group += [o for o in occ[k + 1:] if self._second_titled(group[0], o)][:1]
        return group

    def _second_titled(self, first: Occurrence, o: Occurrence) -> bool:
        """"بين … الأمير محمد بن سلمان … وزير الدفاع وفخامة رئيس جمهورية مصر العربية عبد الفتاح السيسي":
        after بين, the second person is the one whose title opens with و, however long the first
        one's title is (the places and bodies inside the titles are no parties)."""
        gap = self.art.norms[first.b:o.a]
        return o.type == "PER" and len(gap) <= _TITLES_GAP \
            and any(w[:1] == "و" and _is_role(w[1:]) for w in gap) \
            and not any(w in _PUNCT or w in _THAT or w in _WITH for w in gap)

    def _split(self, prior: Draft, trig: T.Trigger, lo: int, hi: int, nxt: int) -> list[Draft]:
        """… unless the sentence goes on to tell its encounters one by one ("اجتمع X مع A و B،
        حيث بدأ اجتماعه مع A ثم اجتمع مع B"): each guest named again leaves the group meeting
        for one of their own, with the same host."""
        met = list(dict.fromkeys(o.id for o in self._with(trig.end, nxt)))
        named = set(met)
        targets = [a for a, r in prior.actors if r == "target"]
        if (j := self._after_verb(trig)) is not None and trig.form in _HOST_VERBS and self.art.norms[j] in _ALSO_AFTER:
            guests = [o for o in self._actors(j + 1, self._clause_end(trig, nxt)) if o.type == "PER"][:1]
            if guests and guests[0].id not in {a for a, _ in prior.actors}:  # "واستقبل أيضاً X": another guest
                return [self._same_host(prior, trig, lo, hi, nxt, [guests[0].id])]
        norms = self.art.norms
        k = trig.start - (trig.start > lo and norms[trig.start][:1] != "و" and norms[trig.start - 1] in _HELD_VERBS)
        if named and named.isdisjoint(a for a, _ in prior.actors) and norms[k][:1] == "و" \
                and k > lo and norms[k - 1] in ("،", ","):
            return [self._same_host(prior, trig, lo, hi, nxt, met)]
            # "أجرى لقاءات مع A، وعقد اجتماعا مع B": a second encounter of the same subject, in the same sentence
        if not named or not named < set(targets):
            return []
        prior.actors = [(a, r) for a, r in prior.actors if a not in named]
        return [self._same_host(prior, trig, lo, hi, nxt, [a for a in targets if a in named])]

    def _company(self, o: Occurrence) -> bool:
        """Whether the article named ``o``'s entity as a company: after شركة, or by its country and
        trade ("أو.سي.آي إن.في الهولندية للكيماويات")."""
        norms = self.art.norms
        for x in self.art.named.get(o.id, [o]):
            if x.a > 0 and _COMPANY_NOUN in stems(norms[x.a - 1], article=False):
                return True
            if x.b + 1 < len(norms) and by_country_and_trade(norms, x.b, nationality):
                return True
        return False

    def _but_subject(self, lo: int, end: int) -> list[Occurrence]:
        """The person a "غير أن"/"إلا أن" (however) clause before ``end`` opens with: the narrator's own
        turn to a new subject, whom a following "و" verb goes on about."""
        norms = self.art.norms
        k = next((k for k in range(end - 2, lo - 1, -1) if norms[k] in _BUT and norms[k + 1] in _THAT), None)
        if k is None:
            return []
        people = [o for o in self._actors(k + 2, min(end, k + 2 + _OPENING_WORDS + _ROLE_GAP)) if o.type == "PER"]
        return people[:1]

    def _thanked_for(self, o: Occurrence) -> bool:
        """"شكر وزارة الشؤون الاجتماعية على الدعم": على right after the name (its adjectives aside) —
        the one thanked for something (not "شكر الدكتور X الوزير على": X thanked the minister)."""
        norms = self.art.norms
        k = next((k for k in range(o.b, min(len(norms), o.b + 3)) if norms[k] == _ON_FOR), None)
        return k is not None and all(w.startswith("ال") and w.endswith(("يه", "ي")) for w in norms[o.b:k])

    def _last_statement(self, lo: int, test=lambda d: True) -> Draft | None:
        """The last statement told so far in the sentence starting at ``lo`` that passes ``test``."""
        return next((d for d in reversed(self.drafts) if d.kind == "statement" and d.sentence[0] == lo and test(d)),
                    None)

    def _spoke_in_sentence(self, lo: int, at: int, opening: bool = False) -> list[Occurrence]:
        """The people who last spoke in the sentence starting at ``lo`` (``opening``: in a clause it
        opens), as occurrences at token ``at``."""
        told = self._last_statement(lo, lambda d: not opening or self._opens_clause(d.trigger[0], lo))
        return [Occurrence(self.art.entities[a], at, at) for a, r in (told.actors if told else ())
                if r == "speaker" and a in self.art.entities and self.art.entities[a]["type"] == "PER"]

    def _same_host(self, prior: Draft, trig: T.Trigger, lo: int, hi: int, nxt: int, guests: list[str]) -> Draft:
        d = self._draft(prior.kind, trig, lo, hi, clause_end=nxt)
        d.actors = [(a, r) for a, r in prior.actors if r == "source"] + [(a, "target") for a in guests]
        d.cameo, d.place, d.date = prior.cameo, d.place or prior.place, d.date or prior.date
        return d

    def _phone_call(self, trig, lo, hi, nxt):
        return self._meeting(trig, lo, hi, nxt, kind="phone_call")

    def _negotiation(self, trig, lo, hi, nxt):
        return self._meeting(trig, lo, hi, nxt, kind="negotiation")

    def _meeting_code(self, subject, targets, place, host) -> str:
        if host:
            return "043"
        where = _country_of(place.entity) if place is not None else None
        if where is None or not targets:
            return "040"
        if any(_country_of(s.entity) == where for s in subject):
            return "043"
        if any(_country_of(t.entity) == where for t in targets):
            return "042"
        if all(_country_of(x.entity) for x in [*subject, *targets]):
            return "044"
        return "040"

    def _statement(self, trig, lo, hi, nxt):
        art = self.art
        word = art.norms[trig.start]
        stem = strip_conjunction(word)
        reporter: list[Occurrence] = []
        inner = False  # a speech act reported inside another's (إن X أدان): it does not become the subject
        j = self._after_verb(trig)
        after = art.norms[j] if j is not None else None  # where the subject would stand
        if trig.start > 0 and art.norms[trig.start - 1] in _WORTH:
            return [], trig.end  # "الجدير ذكره": the writer's aside, nobody's saying
        if trig.start > lo and art.tokens[trig.start - 1].text == _THAT_SUBJUNCTIVE \
                and art.tokens[trig.start].text.startswith("أ") and (j is None or art.owner[j] is None):
            return [], trig.end  # "يطيب لي أن أعرب لفخامتكم": I, the writer of the cable, not anyone named
        if trig.future:
            return [], trig.end  # "إن موغريني ستؤكد خلال لقاءاتها": a saying to come is none yet
        if trig.form[:1] in ("ي", "ت") and self._said_by_a_thing(trig, lo):
            return [], trig.end  # "على أن المباحثات التي أجراها … تؤكد على متانة الروابط": the talks show it
        if _passive(art.tokens[trig.start].text):
            return [], trig.end  # "والذي يُعتبر من أحدث العنايات": is considered, nobody's saying
        if trig.form in _SPEECH_NOUNS and trig.start > lo and art.norms[trig.start - 1] in _FRAMES:
            return [], trig.end  # "وقال معاليه في تصريح صحافي:": the frame of the verb before, no act of its own
        if j == trig.end and (then := T.match(art.norms, j)) is not None and then.kind == "statement" \
                and then.form not in T.EXPLAINS and art.norms[j] == then.form:  # (not "ذكر بين أهل العلم"; not
            # "مرحبا ومشيدا": two acts, joined)
            return [], trig.end  # "واستطرد يقول:", "وتابع قائلا": one saying, told by the second verb
        if stem in _THANKING and j is not None and art.norms[j] in _GOD:
            return [], trig.end  # "شاكراً الله": gratitude to God, no statement
        if stem in _SAYING_PARTICIPLES and (told := self._last_statement(lo)) is not None \
                and told.trigger[1] < trig.start <= told.trigger[1] + _SUBJECT_REACH \
                and any(art.owner[k] is not None for k in range(told.trigger[1], trig.start)) \
                and all(art.owner[k] is not None or art.norms[k] in _PUNCT or _is_role(art.norms[k])
                        or art.norms[k].startswith("ال") for k in range(told.trigger[1], trig.start)):
            return [], trig.end  # "وأضاف دمرداش قائلا …: إن", "وتحدث حسين الهلالي عم الشهيد قائلاً:": one
            # saying, its verb's subject (and title) between
        if trig.form in _EXPRESSING and self._greetings_expressed(trig, nxt):
            return [], trig.end  # "وأعرب الملك سلمان … عن أصدق التهاني": congratulations, no statement (fresh36)
        if trig.form in T.OFFERED and not self._thanks(trig, nxt):
            subject, here = self._subject(trig, lo, nxt)
            if here and subject and subject[0].type == "PER" and self._opens_clause(trig.start, lo) \
                    and not _GREETINGS.isdisjoint(self.art.norms[trig.end:nxt]):
                self._set_subject(subject[:1])  # "من جهته، رفع X أسمى آيات التهاني … وأكد في كلمة": X goes on
            return [], trig.end
        if trig.form in T.SENSED and not self._speaks_here(trig, lo, nxt, after) \
                or trig.form in T.GOES_ON and not self._says_next(trig, nxt) \
                or trig.form in T.EXPRESSED and not self._expresses(trig, nxt) \
                or trig.form in T.SHOWED and not self._shows(trig, nxt) \
                or trig.form in T.OFFERED and not self._thanks(trig, nxt) \
                or trig.form in T.ADDED and self._added_a_goal(trig, nxt):
            return [], trig.end
        if trig.form in T.ACCORDING:  # "ووفقا لسميث فإن", "بحسب وزارة الصحة": the source right after, if named
            first = trig.end + (trig.end < len(art.norms) and _is_role(art.norms[trig.end]) and art.owner[trig.end] is None)
            while first < len(art.norms) and art.norms[first] in _QUOTE_MARKS:
                first += 1  # (وفقا لصحيفة "واشنطن بوست")
            named = [o for o in self._actors(first, first + 1) if o.type in ("PER", "ORG")]
            if not named:
                return [], trig.end
            reach = _SOURCE_OF_SAYING + 1
            if any(not _WAS.isdisjoint(stems(w)) for w in art.norms[named[0].b:named[0].b + reach]):
                reach += _WAS_REACH  # "وبحسب وكالة «رويترز»، كان كارتر قد قال": a subject between كان and the verb
            if any((t := T.match(art.norms, k)) is not None and t.kind == "statement"
                   for k in range(named[0].b, min(hi, named[0].b + reach))):
                return [], trig.end  # "وبحسب "رويترز"، فقد ذكر نجيب أن": the agency reports his saying
            said = self._last_statement(lo, lambda d: 0 <= trig.start - d.trigger[1] <= _SOURCE_OF_SAYING)
            if said is not None and named[0].id not in {a for a, _ in said.actors}:
                said.actors.append((named[0].id, "reporter"))  # "وقال وون بحسب وكالة يونهاب": he speaks,
                said.reported = True  # the agency reports it
                return [], trig.end
            speaker, here = named, True
        elif trig.form in T.RELAYED:  # "ونقل موقع بي بي سي عن فالون أن": Fallon speaks, the site reports
            relayed = self._relayed(trig, nxt, hi)
            if relayed is None:
                return [], trig.end
            speaker, reporter = relayed
            here = True
        elif trig.start > lo and art.norms[trig.start - 1] in _ALSO and self._aside(trig, nxt):
            if self._last_statement(lo) is not None or not self.last_subject:
                return [], trig.end  # "وندد مارينو بتجارة الأعضاء التي تتنامى كما قال": the saying told again
            speaker, here = list(self.last_subject[:1]), False  # "وهذه العمليات تجري في الصين كما أكد.": his
        elif stem in _QUOTING and trig.start > lo and art.norms[trig.start - 1] in _AS_PER \
                and self._last_statement(lo) is not None:
            return [], trig.end  # "كما حذر X من …، كما هو مطروح بحسب قوله": the saying of this sentence again
        elif stem in _QUOTING:
            before = [o for o in self._actors(lo, trig.start) if o.type in ("PER", "ORG")]
            speaker = before[-1:]
            if speaker and self._unnamed_source(lo, speaker[0].a):
                return [], trig.end
            # "نقل موقع X عن Y قوله": X reports; not "رئيس مجلس X، Y، … على حد قوله"
            reporter = [o for o in before[:-1][:1] if "عن" in self.art.norms[o.b:speaker[0].a]]
            here = bool(speaker)
            if speaker and not _PRONOUN_PREPOSITIONS.isdisjoint(self.art.norms[speaker[0].b:trig.start]) \
                    and speaker[0].type == "ORG" and self.last_subject:
                # "ونقلت وكالة الأناضول عنه القول": the one spoken of before speaks, the agency reports
                speaker, reporter, here = list(self.last_subject), speaker, False
        elif trig.form in _QUOTING and (said := self._spoke_in_sentence(lo, lo)[:1]):
            speaker, here = said, True  # "مشيرًا إلى أن …، مداعبًا لهم بقوله": who spoke on in this sentence
        elif stem in _PARTICIPLES:  # …، مؤكداً أن: the sentence's subject, not a name in what it said
            said = next((i for i in range(lo, trig.start) if art.norms[i] in _THAT or art.norms[i] == ":"
                         or art.in_quote[i]), trig.start)
            first = self._subjects(lo, said, "PER") or [  # (or a body opening it: "رفعت مؤسسة ستاندرد اند بورز
                o for o in self._subjects(lo, said, "ORG") if o.a <= lo + _OPENING_WORDS]  # التصنيف …، قائلة ان")
            turn = next((k for k in range(trig.start - 1, lo, -1) if art.norms[k] in _FOR_HIS_PART), None)
            if turn is not None and (named := self._subjects(turn, said, "PER")):
                first = named  # "…، من جانبه، أقر نائب الرئيس وليد الشويهين صرف مكافآت …، مبيناً": the one the
                # sentence turned to, not who spoke before the turn
            else:
                first = self._spoke_in_sentence(lo, trig.start, opening=True) or self._titled_opening(lo, said) or first
            if stem in _SUBJECT_AFTER and j is not None and (named := self._actors(j, j + 1)) \
                    and named[0].a == j and named[0].type in ("PER", "ORG") and self._may_be_subject(named[0]):
                first = named[:1]  # "، مؤكدا وزير الدفاع الأمريكي حرص": its own subject right after it
            # "ورحب سموه باللواء الغامدي، … مشيداً": who spoke last in this sentence; "وقد حمل الملك
            # المفدى معاليه نقل تحياته لفخامة رئيس جمهورية مصر العربية مؤكداً": the one its verb is of
            # ("من جهته أعلن الرئيس الفرنسي …، موضحا"), not one whose saying is told inside another's
            speaker, here = (first[:1] or list(self.last_subject)), True
            if stem.endswith("ه") and speaker and _titled_as_a_man(speaker[0].entity):
                speaker = []  # "وكانت جدة أوباما قد تمنت …، قائلة": a woman unnamed, not the president
        elif self.last_meeting is not None and (stem.endswith("ا") and stem[:-1] in _DUAL_VERBS or after in _DUAL_NOUNS
                                                 or after in _IN_IT and j + 1 < nxt and art.norms[j + 1] in _DUAL_NOUNS):
            # أكدا / أكد الرئيسان / "بيان مشترك أكد فيه الطرفان"
            ids = [a for a, r in self.last_meeting.actors if a in art.entities and r != "reporter"]
            speaker, here = [Occurrence(art.entities[i], trig.start, trig.start) for i in ids], True
        elif (told_of := self._told_of(trig, lo)) is not None:
            # "وقال البيت الأبيض إن أوباما أدان التفجير": the one reported speaks; the reporter stays the subject
            speaker, here, inner = [told_of], True, True
        elif trig.start > lo and art.norms[trig.start - 1] in T.RELATIVES \
                and (after in _PRONOUN_PREPOSITIONS or trig.form in _SAID_IT) \
                and (named := [o for o in self._subject(trig, lo, nxt)[0] if o.a >= trig.end]):
            speaker, here = named[:1], True  # "الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل": of a thing,
            # its speaker after it
        elif trig.start > lo and art.norms[trig.start - 1] in T.RELATIVES:  # X الذي قال: X, if named
            named = self._actors(trig.start - 2, trig.start - 1)
            if not named and (titled := self._titled_before(trig.start - 1, lo, trig)) is not None:
                named = [titled]  # "X استشاري أمراض القلب … الذي أوضح"
            speaker, here = named, True
        elif after in _DOCUMENT_WORDS and (issuer := self._issued_by(j, nxt)) is not None:
            speaker, here = [issuer], True  # "وأوضح بيان صادر عن الخارجية الباكستانية أن": the ministry
        elif after in _DOCUMENT_WORDS and not self._actors(j + 1, next(
                (k for k in range(j + 1, min(nxt, j + 3)) if art.norms[k] in _THAT), min(nxt, j + 3))):
            speaker, here = list(self.last_issuer), False  # وأضاف البيان: (not "بيان البيت الأبيض")
        elif (body := self._body_named_before(trig, lo) or self._office_of(trig)) is not None:
            speaker, here = [body], True
        elif after in _DURING_IT and (source := self._source_of_encounter(lo)):
            speaker, here = source, True  # "اتصالا هاتفيا من الرئيس هولاند، جدد خلاله ترحيبه": the caller
        elif after in _IN_IT and (giver := self._speech_giver(trig, lo)):
            speaker, here = giver, True  # "ألقى X كلمة رحب فيها بـY": the one who spoke, not the one welcomed
        elif self._unnamed_subject(trig):
            if not (trig.start > lo and art.norms[trig.start - 1].removeprefix("و") in _THAT):
                self._set_subject([])  # (not "إن على الحكومة … وأن تعلن استئناف": a verb of what was said)
            return [], trig.end
        else:
            speaker, here = self._subject(trig, lo, nxt)
            if not here and _feminine(stem) and self.last_feminine and speaker \
                    and all(s.type == "PER" and s.id not in self.women for s in speaker):
                # "وأوضحت قناة … أن … مباحثات أجراها الوزير إسحاق دار …. وأضافت أن": the channel goes on
                speaker = list(self.last_feminine)
            if after in _PRONOUN_PREPOSITIONS and not any(o.a >= trig.end for o in speaker):
                speaker, here = [], True  # "مبادرة أعلن عنها الوزير X": the subject follows, or it is unsaid
            if here and _feminine(stem):
                agreeing = [s for s in speaker if self._agrees_feminine(s, trig)]
                if speaker and not agreeing and j is not None:  # "قالت وزارة الخارجية الروسية إن الوزير …":
                    agreeing = [o for o in self._actors(j, min(nxt, j + _OFFICE_REACH)) if o.type == "ORG"][:1]
                speaker = agreeing
        speaker = [s for s in speaker if s.type in ("PER", "ORG")]
        if trig.form in T.THANKED and here and speaker and j is not None and speaker[0].a == j \
                and self._thanked_for(speaker[0]):
            speaker, here = list(self.last_subject[:1]), False  # "وشكر وزارة الشؤون الاجتماعية على الدعم": whom
            # he thanked, not who (the subject carried over, or nobody named)
        if trig.form in _CONFESSED and self._unnamed_before(trig, lo):
            speaker = []  # "وبالتحقيق مع المقبوض عليه اعترف أنه": the one arrested, unnamed
        if speaker and self._thanks_go_to(trig, nxt) == speaker[0].id:
            speaker = self._other_party(speaker[0].id, trig.start)  # "رحب الملك بالضيف …، فيما أعرب عن شكره لخادم
            # الحرمين": the thanks are the guest's, to the king carried over
        if trig.form in T.JUDGED and trig.form not in _DESCRIBED_IT and (not here and self._judged_named(trig, nxt) or here and any(
                s.b < len(art.norms) and (art.norms[s.b][:1] == "ب" and art.norms[s.b] not in _SEEMED
                                          or art.norms[s.b] in _THAT) for s in speaker)
                or trig.form[:1] in ("ي", "ت") and any(s.a > trig.start for s in speaker)
                and not self._opens_clause(trig.start, lo) and art.norms[trig.start - 1] not in _VERB_OPENERS):
            # (nor "حجبت السلطات موقعا ينتقد رئيس الوزراء": a present tense describing a noun, its object after it)
            speaker = []  # "ووصف الفنانة أليسا بأنها": the one described, right before what she was called
        if not speaker:
            if here and not self._inside_said(trig, lo):  # "وقال مسؤول في الإدارة": someone unnamed
                self._set_subject([])  # speaks now, not the last subject
            return [], trig.end
        if here and word not in _QUOTING and not inner and (trig.form not in T.JUDGED or speaker[0].a > trig.start):
            # (who accuses or describes may be the one accused: the subject stays who spoke before — unless
            # named after the verb: "وصف وزير الإعلام الأردني X زيارة … بـ«التاريخية». وقال": X goes on)
            self._set_subject(speaker[:1])
            if _feminine(stem) and speaker[0].type == "ORG":
                self.last_feminine = speaker[:1]
            elif _feminine(stem):
                self.women.add(speaker[0].id)
        if speaker[0].type == "ORG" or not _DOCUMENT_WORDS.isdisjoint(art.norms[trig.end:min(nxt, trig.end + 6)]) \
                or len(speaker) > 1 and not _DOCUMENT_WORDS.isdisjoint(art.norms[max(lo, trig.start - 6):trig.start]):
            self.last_issuer = speaker if len(speaker) > 1 else speaker[:1]  # (both: "وأصدر الجانبان «إعلان
            # القاهرة»، وأكدا فيه" … "وأضاف الإعلان")
        cable = trig.form in T.OFFERED and not _CARRIERS.isdisjoint(art.norms[trig.end:nxt])
        if not cable and not _ITS_TEXT.isdisjoint(art.norms[trig.end:min(nxt, trig.end + _FRAME_REACH)]) and any(
                x.cable and (speaker[0].id, "speaker") in x.actors for x in self.drafts):
            return [], trig.end  # "بعث … برقية شكر …. وقال سموه في نص برقيته:": one act (fresh12)
        d = self._draft("statement", trig, lo, hi, distinct=True, cable=cable)
        # the day of the saying, not a date inside what was said ("قال إن بوتين سيلتقي … الأسبوع المقبل")
        said = next((i for i in range(trig.end, nxt) if art.norms[i] in _THAT or art.norms[i] == ":"
                     or art.in_quote[i]), nxt)
        d.date = self._date(trig.end, said) or self._date(lo, trig.start)
        d.actors = [(s.id, "speaker") for s in speaker] + [(r.id, "reporter") for r in reporter]
        d.reported = bool(reporter)
        d.place = None
        d.quote = quote = self._quote_after(trig, hi)
        if quote is not None:
            d.attributes["quote"] = self._quote_record(quote)
        window = set(art.norms[trig.start:nxt])
        if quote is not None:
            window |= {normalize(w) for w in art.text[quote.start:quote.end].split()}
        for code, words in T.REFINEMENTS.items():
            if window & words:
                d.cameo = code
                break
        if not here:
            d.confidence -= 0.15
        return [d], trig.end

    def _said_by_a_thing(self, trig: T.Trigger, lo: int) -> bool:
        """A present tense whose subject, right after the أن before it, is an encounter or a document
        unnamed ("أن المباحثات … تؤكد", "أن الزيارة تؤكد"): no one speaks."""
        norms = self.art.norms
        k = next((i for i in range(trig.start - 1, lo - 1, -1) if norms[i] in _THAT), None)
        return k is not None and k + 1 < trig.start and self.art.owner[k + 1] is None and norms[k + 1] in _SHOWING_THINGS

    def _aside(self, trig: T.Trigger, nxt: int) -> bool:
        """"كما قال" with nobody named after it and nothing said: "as he said", the writer crediting
        the sentence to the one speaking ("التي تتنامى كما قال خاصة أن", "كما قالت في مؤتمر صحافي."),
        not a saying of its own ("كما قال إن", "كما أكد X أن")."""
        art, j = self.art, trig.end
        if trig.form not in _ASIDE_VERBS or j < nxt and art.owner[j] is not None:
            return False
        if j >= nxt or art.norms[j] in _PUNCT or art.norms[j] == "." or art.norms[j] in _ASIDE_ENDS:
            return True
        return art.norms[j] in _ASIDE_WHERE and not any(  # "كما قالت في مؤتمر صحافي." (not "كما أكدت استمرار الحظر")
            art.norms[k] in _THAT or art.norms[k] == ":" or art.in_quote[k] for k in range(j, nxt))

    def _titled_opening(self, lo: int, end: int) -> list[Occurrence]:
        """The person a sentence that opens with a verb and a title is about ("وقام الرئيس العام …",
        "وقد حمل الملك المفدى …"): the one the title introduced or the article goes on about."""
        norms, k = self.art.norms, lo
        while k < end and norms[k] in _VERB_OPENERS:
            k += 1
        if k + 2 >= end or self.art.owner[k] is not None or not _is_role(norms[k + 1]) \
                or (owner := self.art.owner[k + 1]) is not None and owner["type"] != "PER":
            return []
        d = k + 1
        named = next((o for o in self._actors(d, min(end, d + _TITLE_WORDS + 1)) if o.type == "PER"), None)
        if named is not None and all(_is_role(w) or w in _HONOURS for w in norms[d:named.a]):
            return [named]  # "وقد حمل الشيخ محمد بن راشد الضيف تحياته": named after the title
        if (person := self.art.descriptors.get(self.art.descriptor_at(d))) is not None:
            return [Occurrence(person, d, d + 1)]  # (the descriptors: "الرئيس العام لشؤون المسجد الحرام … السديس")
        if len(holders := self._titled_after_name(norms[d:d + 2], k)) == 1:
            return holders
        return [o for o in self.last_subject if o.type == "PER"][:1] if not self.last_roles.isdisjoint(stems(norms[d])) else []

    def _source_of_encounter(self, lo: int) -> list[Occurrence]:
        """Who made the call or held the meeting told earlier in this sentence (its source)."""
        m = self.last_meeting
        if m is None or m.sentence[0] != lo:
            return []
        return [Occurrence(self.art.entities[a], m.trigger[0], m.trigger[0]) for a, r in m.actors
                if r == "source" and a in self.art.entities][:1]

    def _inside_said(self, trig: T.Trigger, lo: int) -> bool:
        """Whether the verb is inside what a statement before it in the sentence said: "وأشار إلى أن
        هذا التفجير لن يثني المملكة" (the country is no new subject of the article's sentences)."""
        return any(d.kind == "statement" and d.sentence[0] == lo and d.trigger[1] <= trig.start
                   and _has_that(self.art.norms, d.trigger[1], trig.start) for d in self.drafts)

    def _judged_named(self, trig: T.Trigger, nxt: int) -> bool:
        """Whether who is accused or described is named between the verb and ب/أن: then the subject
        is not carried over to the verb ("ووصف الفنانة أليسا بأنها": she may be the last subject)."""
        norms = self.art.norms
        end = next((k for k in range(trig.end, nxt) if norms[k][:1] == "ب" or norms[k] in _THAT), nxt)
        return any(o.type in ("PER", "ORG") for o in self._actors(trig.end, end))

    def _speech_giver(self, trig: T.Trigger, lo: int) -> list[Occurrence]:
        """Who gave the speech a verb with فيها is told in: "ألقى وكيل الجامعة … د. عبدالله السبيعي
        كلمة رحب فيها" — the last person named before the speech noun right before the verb."""
        norms = self.art.norms
        k = trig.start - 1
        while k > lo and norms[k] in _PUNCT:
            k -= 1
        if k > lo + 1 and _SAYINGS.isdisjoint(stems(norms[k])) and self.art.owner[k] is None \
                and not _SAYINGS.isdisjoint(stems(norms[k - 1])):
            k -= 1  # its adjective between: "بمحاضرة بسيطة تحدث فيها"
        if k <= lo or _SAYINGS.isdisjoint(stems(norms[k])):
            return []
        named = self._subjects(lo, k, "PER")[-1:]
        role = next((m for m in range(lo, k - 1) if _is_role(norms[m])), None)
        if named or role is None:
            return named
        return self._titled_earlier(role)  # "ألقى مدير الجامعة المكلف كلمة": the one called so before

    def _titled_earlier(self, m: int) -> list[Occurrence]:
        """The person named right after the same two words of a title earlier in the article
        ("بمدير الجامعة المكلف د. المقرن" … "ألقى مدير الجامعة المكلف كلمة"), if one person is."""
        norms, key = self.art.norms, (stems(self.art.norms[m])[-1], self.art.norms[m + 1])
        found: dict[str, Occurrence] = {}
        for i in range(m - 1):
            if (stems(norms[i])[-1], norms[i + 1]) != key:
                continue
            k = i + 2
            while k < m and k - i < _TITLE_REACH and self.art.owner[k] is None:
                k += 1
            if k < m and (e := self.art.owner[k]) is not None and e["type"] == "PER":
                found.setdefault(e["entity_id"], Occurrence(e, m, m + 2))
        return list(found.values()) if len(found) == 1 else []

    def _unnamed_before(self, trig: T.Trigger, lo: int) -> bool:
        """Whether the words right before the verb are a subject left unnamed: no name, role or
        punctuation between them and the verb ("مع المقبوض عليه اعترف"; not "وكان راشد الغنوشي
        رئيس حركة النهضة التونسية اعترف", whose title goes back to his name)."""
        norms = self.art.norms
        for k in range(trig.start - 1, max(lo, trig.start - _OPENING_WORDS) - 1, -1):
            if self.art.owner[k] is not None or _is_role(norms[k]) or norms[k] in _PUNCT:
                return False
        return trig.start - lo >= _OPENING_WORDS

    def _issued_by(self, j: int, nxt: int) -> Occurrence | None:
        """The body or person a statement at ``j`` is issued by: "بيان صادر عن X"."""
        norms = self.art.norms
        if j + 3 >= nxt or norms[j + 1] not in _ISSUED or norms[j + 2] not in _ABOUT:
            return None
        return next((o for o in self._actors(j + 3, j + 4) if o.type in ("ORG", "PER")), None)

    def _unnamed_source(self, lo: int, named: int) -> bool:
        """"نقلا عن عضو في حزب … علي عبدالله صالح، قوله": the source after عن is one of a body, and the
        name after it is the body's, not the speaker's."""
        norms = self.art.norms
        k = next((i for i in range(named - 1, lo - 1, -1) if norms[i] == "عن"), None)
        return k is not None and k + 2 < named and norms[k + 1] in _ONE_OF and self.art.owner[k + 1] is None \
            and norms[k + 2] in _OF_BODY

    def _relayed(self, trig: T.Trigger, nxt: int, hi: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """(speaker, reporter) of "نقل X عن Y أن/إن/:": Y is named right after عن and what was said
        follows at once, or after a relative clause about Y (``hi``: the sentence's end). With قوله/القول after Y, that word tells the statement (``_QUOTING``), and
        نقل without عن is moving something (نقل المصابين إلى المستشفى)."""
        art = self.art
        k = next((i for i in range(trig.end, min(nxt, trig.end + _RELAY_REACH)) if art.norms[i] in _ABOUT), None)
        if k is None:
            return self._relayed_saying(trig, nxt, hi)
        named = [o for o in self._actors(k + 1, min(nxt, k + 1 + _WITH_REACH)) if o.type in ("PER", "ORG")]
        if not named or not all(_is_role(w) or w in _PUNCT for w in art.norms[k + 1:named[0].a]):
            return None
        b = named[0].b
        while b < nxt and art.norms[b] in _PUNCT and art.norms[b] != ":":
            b += 1  # the name's own closing mark: عن "فالون"
        if b < hi and art.norms[b] in T.RELATIVES:  # عن فالون الذي يزور العراق حاليا، أن (a clause of its own)
            b = next((i + 1 for i in range(b, min(hi, b + _SUBJECT_REACH)) if art.norms[i] in ("،", ",")), b)
        rest = art.norms[b:min(hi, b + 3)]
        said = next((w for w in rest if w in _THAT or w == ":" or w in _QUOTE_MARKS or w in _QUOTING), None)
        if said is None or said in _QUOTING:
            return None
        reporter = [o for o in self._actors(trig.end, k) if o.type in ("PER", "ORG")]
        return named[:1], reporter[:1]

    def _relayed_saying(self, trig: T.Trigger, nxt: int, hi: int) -> tuple[list[Occurrence], list[Occurrence]] | None:
        """"ونقلت وكالة «رويترز» قول وزير الدفاع الأميركي وهو في السعودية إن": the saying (قول) of the one
        named after it, what was said following within a few words."""
        art = self.art
        k = next((i for i in range(trig.end, min(nxt, trig.end + _RELAY_REACH)) if art.norms[i] == _SAYING), None)
        if k is None:
            return None
        named = [o for o in self._actors(k + 1, min(hi, k + 1 + _WITH_REACH)) if o.type in ("PER", "ORG")]
        if not named or not all(_is_role(w) or w in _PUNCT for w in art.norms[k + 1:named[0].a]) \
                or not any(w in _THAT or w == ":" for w in art.norms[named[0].b:min(hi, named[0].b + _SAID_REACH)]):
            return None
        return named[:1], [o for o in self._actors(trig.end, k) if o.type in ("PER", "ORG")][:1]

    def _told_of(self, trig: T.Trigger, lo: int) -> Occurrence | None:
        """The person or body named between أن/إن and a bare verb: "قال البيت الأبيض إن أوباما أدان"."""
        norms = self.art.norms
        if trig.start - lo < 2 or norms[trig.start] != trig.form:
            return None
        named = [o for o in self._actors(max(lo, trig.start - _TOLD_OF_WORDS), trig.start)
                 if o.type in ("PER", "ORG") and o.b == trig.start]
        return named[0] if named and named[0].a > lo and norms[named[0].a - 1] in _THAT else None

    def _speaks_here(self, trig: T.Trigger, lo: int, nxt: int, after: str | None) -> bool:
        """A verb of two senses (كتب، تحدث) speaks when its speaker is named right after it, or when
        a و-verb's carried-over subject is followed by a colon, a quote or على/عن/في (وكتب على صفحته).
        It is a verb only bare or after و/ف, and after a pause or a particle (قد، كما، بدوره), not
        after a noun ("بحرق كتب جابر بن حيان", "لكتب ابن حيان": books)."""
        word = self.art.norms[trig.start]
        conjoined = word != trig.form
        if conjoined and word[:-len(trig.form)] not in ("و", "ف"):
            return False
        if conjoined and (after is None or after in T.SENSED_OPENERS) or after in _WRITINGS:
            return True  # (or what was written: "هزازي، الذي كتب تغريدة في حسابه")
        if conjoined and trig.form in _PROMISED and after is not None and after[:1] == "ب" and after[1:3] != "ال":
            return True  # "ووعد ببذل الجهد": promised (not "وعد بالمنطقة", a promise of it)
        if conjoined and after in _TO_THEM and (j := self._after_verb(trig)) is not None and j + 1 < nxt \
                and self.art.norms[j + 1] in T.SENSED_OPENERS:
            return True  # "اجتمع المدرب باللاعبين وتحدث إليهم عن ملاحظاته": spoke to them about
        before = self.art.norms[trig.start - 1] if trig.start > lo else "."
        if not conjoined and after in _IN_IT and self._speech_giver(trig, lo):
            return True  # "بمحاضرة بسيطة تحدث فيها عن": the lecture's giver spoke in it
        opened = before in _VERB_OPENERS or self._after_opening_phrase(trig, lo)
        if not conjoined and before.isalpha() and not opened:
            return False
        j = self._after_verb(trig)
        if j is None:
            return False
        if trig.form in T.THANKED and self.last_subject and (conjoined or opened) \
                and not self._names_someone(j) and self.art.norms[j] not in _GOD:
            return True  # "كما شكر كل من أسهم": a verb after the particle, thanks from the one carried over
        if self.art.norms[j] in T.HIS_HONOUR and j + 1 < nxt and self.art.norms[j + 1] in T.SENSED_OPENERS \
                and self.last_subject:
            return True  # "فيما تحدث سموه عن الآمال": His Highness, carried over, spoke about
        subject, _ = self._subject(trig, lo, nxt)

        def titles_only(words: list[str]) -> bool:  # roles between the verb and the name (م. الفهيد), not أمام
            return all(w in _PUNCT or w == "." or _is_role(w) and w not in T.NO_SUBJECT for w in words)

        if subject and _is_role(self.art.norms[j]) and not self.last_roles.isdisjoint(stems(self.art.norms[j])):
            return True  # "وتحدث الرئيس بحرارة عن": the president the article is about
        return any(o.a >= trig.end and titles_only(self.art.norms[j:o.a]) for o in subject if o.type in ("PER", "ORG"))

    def _after_opening_phrase(self, trig: T.Trigger, lo: int) -> bool:
        """The verb comes right after a short phrase with في that opens its clause: "وفي الختام شكر",
        "وفي ختام اللقاء شكر" (a verb, not a noun after a noun)."""
        norms = self.art.norms
        k = next((k for k in range(trig.start - 2, max(lo, trig.start - 2 - _OPENING_PHRASE) - 1, -1)
                  if norms[k] == _AND_IN or k == lo and norms[k] in _AT), None)
        return k is not None and all(w.isalpha() for w in norms[k:trig.start])

    def _greetings_expressed(self, trig: T.Trigger, nxt: int) -> bool:
        norms = self.art.norms
        about = next((k for k in range(trig.end, min(nxt, trig.end + _SUBJECT_REACH)) if norms[k] in _ABOUT), None)
        return about is not None and not _GREETED.isdisjoint(norms[about + 1:about + 3])

    def _expresses(self, trig: T.Trigger, nxt: int) -> bool:
        """"وعبر المنسق … عن سروره": a named or titled subject, then عن within the clause (not "عبر
        الحدود", not "عبر أجهزة الكشف عن المعادن"); "وعبر عن" for the subject carried over."""
        norms = self.art.norms
        if trig.end >= nxt:
            return False
        if self._greetings_expressed(trig, nxt):
            return False  # "وعبر سمو ولي العهد عن أبلغ التهاني": congratulations, no statement (like قدم تهانيه)
        first = trig.end
        if norms[first] in _ABOUT:
            return norms[trig.start] != trig.form  # وعبر عن / فعبر عن
        if not self._names_someone(first):
            return False
        end, k = min(nxt, trig.end + _SUBJECT_REACH), trig.end + 1
        while k < end:
            if norms[k] in _ABOUT:
                return True
            if norms[k] in _PUNCT and norms[k] not in ("،", ",") or norms[k] in _THAT:
                return False  # (a comma may set off "خلال لقائه …" before عن)
            k += 1
            if k == end == nxt and norms[k - 1] in _FRAME_PREPOSITIONS:
                end = min(len(norms), k + _SUBJECT_REACH)  # "وعبر X في اتصال هاتفي مع Y عن": past the call
        return False

    def _names_someone(self, i: int) -> bool:
        """Token i starts a named or titled subject: a person or body, or a role (المنسق، وزير)."""
        owner = self.art.owner[i]
        if owner is None and i + 1 < len(self.art.norms) and not _BODY_HEADS.isdisjoint(stems(self.art.norms[i])):
            owner = self.art.owner[i + 1]  # "أبدت شركة اكسبيرت باث …": the head noun before the body's name
        return _is_role(self.art.norms[i]) or owner is not None and owner["type"] in ("PER", "ORG")

    def _shows(self, trig: T.Trigger, nxt: int) -> bool:
        """"أبدى المدير الفني لفريق الفتح ناصيف البياوي رضاه عن الأداء": a named or titled subject (or
        the one carried over by و: "وأبدى ارتياحه"), then a feeling of theirs, a noun with a possessive."""
        art = self.art
        first = trig.end
        if first >= nxt:
            return False
        named = first + (first + 1 < nxt and bool(nationality(art.norms[first])))  # (أبدى الروماني أولاريو كوزمين)
        if not (self._names_someone(named) or art.norms[trig.start] != trig.form):
            return False
        for k in range(first, min(nxt, first + _SUBJECT_REACH)):
            if art.norms[k] in _PUNCT and art.norms[k] not in ("،", ",") or art.norms[k] in _THAT:
                return False  # (a comma may close the subject's title: "وأبدى وكيل إمارة الباحة، إعجابه")
            if art.owner[k] is None and len(art.norms[k]) > 3 and art.tokens[k].text.endswith(_POSSESSIVE):
                return art.norms[k] not in _REGARDS  # (not "وقد أبدى خادم الحرمين تحياته وتقديره": greetings)
        return False

    def _thanks(self, trig: T.Trigger, nxt: int) -> bool:
        """"رفع العميد مانع العتيبي شكره وتقديره", "كما قدم العنزي شكره", "مقدما شكره": offering thanks,
        the subject (named, titled or carried over), whom it is offered to ("لمبعوث الأمين العام")
        and then the thanks, or an explanation ("شرحا عن الأوضاع", "كرر أردوغان تأكيد عزمه")."""
        art = self.art
        k, free = trig.end, 0  # (and a few words of the subject's description: "المبعوث لمدينة سيدني")
        while k < nxt and art.norms[k] not in T.THANKS and art.norms[k] not in T.EXPLANATION and (
                art.owner[k] is not None or _is_role(art.norms[k]) or art.norms[k] in T.HIS_HONOUR
                or art.norms[k][:1] == "ل" and _is_role(art.norms[k][1:]) or art.norms[k].startswith("ال")
                or art.norms[k] in _HONOURS or art.norms[k] in _PUNCT and art.norms[k] != ":"  # وقدّم "المبطي" -خلال اللقاء- شرحاً
                or art.norms[k] in _CARRIERS  # "بعث … برقية شكر": thanks in a cable
                or art.norms[k].isalpha() and art.norms[k] not in _THAT and (free := free + 1) <= _THANKS_GAP):
            k += 1
        return k < nxt and (art.norms[k] in T.THANKS or art.norms[k] in T.EXPLANATION)

    def _added_a_goal(self, trig: T.Trigger, nxt: int) -> bool:
        """"وأضاف خالد الكعبي هدف الهلال الثاني": the named subject added a goal, not words."""
        k = trig.end
        while k < nxt and self.art.owner[k] is not None:
            k += 1
        return k > trig.end and k < nxt and self.art.norms[k] in T.GOALS

    def _says_next(self, trig: T.Trigger, nxt: int, only_that: bool = False) -> bool:
        """"وتابع سميث "…"", "وتابعت قائلة:": what was said follows the verb and its named subject at once;
        ``only_that``: told by أن or a colon after a named or titled subject ("وبيّن سموه أن")."""
        art = self.art
        k, unnamed, titled = trig.end, 0, False
        while k < nxt and (art.norms[k] in _PUNCT and art.norms[k] != ":" and art.norms[k] not in _QUOTE_MARKS
                           or art.norms[k] in _QUOTE_MARKS and self._marks_a_name(k)  # وبين "فقيه" أن
                           or art.owner[k] is not None and not art.in_quote[k]
                           or k == trig.end and art.by_given_name(k, trig.start) is not None  # "وتابع بارز "…""
                           or _is_role(art.norms[k]) and (titled := True)
                           or art.norms[k] in T.HIS_HONOUR
                           or (titled or not only_that or art.owner[k - 1] is not None)
                           and art.norms[k].startswith("ال") and (unnamed := unnamed + 1) <= _UNNAMED_WORDS):
            k += 1  # (a subject the entity stage left unnamed: "وتابع المركز الإعلامي بأن", "وبين وزير الصحة أن")
        if only_that and k < nxt and art.norms[k] not in _THAT and art.norms[k] != ":" \
                and (past := self._past_long_title(trig, nxt)):
            k = past  # "وأبان المدير الإقليمي للحملة السعودية الوطنية لنصرة الأشقاء السوريين الدكتور بدر السمحان أن"
        if k + 1 < nxt and art.norms[k] in _FROM and art.norms[k + 1] in _FOR_HIS_PART:
            k += 2  # "وأبان … الدكتور بدر السمحان من جانبه أن"
        elif k < nxt and art.norms[k] in _FOR_HIS_PART:
            k += 1  # "وبين الوزير بدوره أن"
        if k >= nxt:
            return False
        if art.norms[k] in _WHEN_SAID and (any(art.owner[i] is not None for i in range(trig.end, k))
                                           or k + 1 < nxt and art.norms[k + 1] in _SPEECH_NOUNS):
            # (or "وبين في تصريح صحافي خلال الجولة أن": his subject carried, the frame says it is speech)
            # "وتابع بن مساعد عقب اجتماعه باتحاد القدم أن": when he said it, between his name and أن
            end = min(len(art.norms), k + _FRAME_REACH)  # (past nxt: the frame may hold a trigger, اجتماعه)
            k = next((i for i in range(k, end) if art.norms[i] in _THAT
                      or art.norms[i] in _PUNCT and art.norms[i] not in _MARKS), k)
            # (quotation marks name a paper in the frame: "في اتصال هاتفي مع “عين اليوم” أنه")
        elif only_that and titled and any(art.owner[i] is not None for i in range(trig.end, k)):
            # "وبين سعد منيف الكثيري رئيس قسم شؤون المعلمين أن": the named subject's title, then أن
            k = next((i for i in range(k, min(nxt, k + _TITLE_REACH)) if art.norms[i] in _THAT
                      or art.norms[i] in _PUNCT and art.norms[i] not in _MARKS), k)  # (لـ "صحة عسير" أنه)
        return art.norms[k] == ":" or art.norms[k] in _THAT or not only_that and (
            art.norms[k] in _QUOTE_MARKS or art.in_quote[k] or art.norms[k] in _PARTICIPLES)

    def _marks_a_name(self, k: int) -> bool:
        """The quotation mark at ``k`` opens or closes a name, not a quote."""
        art = self.art
        return any(0 <= i < len(art.norms) and art.owner[i] is not None and not art.in_quote[i] for i in (k - 1, k + 1))

    def _members(self, a: int, nxt: int) -> list[Occurrence]:
        """The people a team or delegation received is made of, named after "ويضم الفريق" (up to
        "بحضور", those present): "فريق من إدارة مشروع «فارس» … ويضم الفريق المهندس أحمد السحيباني، مدير
        البرامج، وعضوية الأستاذ محمد الشبيب" — each one met."""
        norms = self.art.norms
        k = next((i for i in range(a, nxt - 1) if norms[i] in _COMPRISES and norms[i + 1] in _THE_DELEGATION), None)
        if k is None:
            return []
        end = next((i for i in range(k, nxt) if norms[i] in _PRESENCE), nxt)
        return [o for o in self._actors(k + 2, end) if o.type == "PER"]

    def _board_of(self, guest: Occurrence, nxt: int) -> Occurrence | None:
        """The body whose board came with its head: "رئيس مجلس إدارة الغرفة التجارية الصناعية في أبها
        المهندس عبدالله المبطي، وأعضاء مجلس الإدارة" (a body's members unnamed are the body, fresh6)."""
        norms, k = self.art.norms, self._past_name(guest)
        if k + 1 >= nxt or norms[k] not in _BOARD_MEMBERS or norms[k + 1] not in _BOARDS:
            return None
        return next((o for o in self._actors(self._title_start(guest), guest.a) if o.type == "ORG"), None)

    def _past_long_title(self, trig: T.Trigger, nxt: int) -> int | None:
        """The token after a person named after the verb past a title longer than the words a subject
        is looked for in: a role first, then only the title's own words (definite, or ل + noun: "لنصرة")."""
        art = self.art
        person = next((o for o in self._actors(trig.end, min(nxt, trig.end + _SUBJECT_REACH)) if o.type == "PER"), None)
        if person is None or person.a == trig.end or not _is_role(art.norms[trig.end]):
            return None
        words = range(trig.end, person.a)
        if all(art.owner[i] is not None or art.norms[i].isalpha() and (art.norms[i].startswith(("ال", "ل")) or _is_role(art.norms[i]))
               for i in words):
            return person.b
        return None

    def _agrees_feminine(self, o: Occurrence, trig: T.Trigger) -> bool:
        """A feminine verb's subject: an organisation, a person right after the verb, or one
        whose role is feminine (المتحدثة …) — not "أعلنت تسديدة اللاعب خالد" (the shot, not the player)."""
        if o.type != "PER" or o.a <= trig.end:
            return True
        k = o.a - 1
        while k > trig.end and (self.art.norms[k] in _PUNCT or self.art.norms[k] in ("د", ".")):
            k -= 1
        role = self.art.norms[k]
        return not (_is_role(role) and not role.endswith("ه"))

    def _quote_after(self, trig: T.Trigger, hi: int) -> Quote | None:
        """The quote this statement introduces: in its sentence, or opening the next paragraph
        when the sentence ends with a colon (وعلق قائلا:)."""
        art = self.art
        pos = art.tokens[trig.start].start
        limit = art.tokens[hi - 1].end
        for q in art.quotes:
            if pos < q.start <= limit + 1:
                return q
            gap = art.text[limit:q.start - 1]
            if q.start > limit and gap.count("\n") == 1 and not gap.replace(":", "").strip() and (
                    ":" in gap or art.text[:limit].rstrip().endswith(":")):
                return q
            if q.start > limit + 3:
                break
        return None

    def _quote_record(self, q: Quote) -> dict[str, Any]:
        s, e = self.art.mapped.original_span(q.start, q.end)
        return {"start": s, "end": e, "text": self.art.body[s:e], "paragraphs": len(q.parts)}

    def _invitation(self, trig, lo, hi, nxt):
        subject, here = self._subject(trig, lo, nxt)
        rest = [o for o in self._actors(trig.end, hi) if o.id not in {s.id for s in subject}]
        window = self.art.norms[trig.end:min(hi, trig.end + 12)]
        if not subject or not rest:
            return [], trig.end
        target = rest[0]
        if any(w in T.INVITE_PURPOSE for w in window):
            d = self._draft("invitation", trig, lo, hi)
            d.actors = [(s.id, "source") for s in subject] + [(target.id, "target")]
            d.planned = True
            return [d], hi
        if any(w in T.COOPERATION_WORDS for w in window):
            d = self._cooperation(trig, lo, hi, subject, [target])
            return [d], hi
        return [], trig.end

    def _cooperation(self, trig, lo, hi, source, targets) -> Draft:
        d = self._draft("cooperation_intent", trig, lo, hi)
        d.actors = [(s.id, "source") for s in source] + [(t.id, "target") for t in targets]
        words = set(self.art.norms[lo:hi])
        d.cameo = "0311" if words & T.ECONOMIC_WORDS else "031" if words & T.MATERIAL_WORDS else "030"
        return d

    def _cooperation_intent(self, trig, lo, hi, nxt):
        if trig.form in _SHOWN and trig.start > lo and self.art.norms[trig.start - 1] in _PREPOSITIONS:
            return [], trig.end  # "اطلع سموه على عرض عن المركز": a presentation seen, no offer
        source = self._speaker_of_quote(trig.start) or self._subject(trig, lo, nxt)[0]
        source = [s for s in source if s.type in ("PER", "ORG", "GPE")]
        if not source:
            return [], trig.end
        targets = [o for o in self._actors(trig.end, hi) if o.id not in {s.id for s in source}]
        if not targets and self.last_meeting is not None:
            ids = [a for a, r in self.last_meeting.actors if a not in {s.id for s in source}]
            targets = [Occurrence(self.art.entities[i], trig.start, trig.start) for i in ids if i in self.art.entities]
        place = self._place(trig.end, hi)
        if place is not None and not targets:
            targets = [place]
        if not targets:
            return [], trig.end
        d = self._cooperation(trig, lo, hi, source, targets[:1])
        d.place = None
        return [d], hi

    def _speaker_of_quote(self, i: int) -> list[Occurrence]:
        if not self.art.in_quote[i]:
            return []
        pos = self.art.tokens[i].start
        for d in reversed(self.drafts):
            if d.quote is not None and d.quote.start <= pos < d.quote.end:
                return [Occurrence(self.art.entities[a], i, i) for a, _ in d.actors if a in self.art.entities]
        return []

    def _summit(self, trig, lo, hi, nxt):
        art = self.art
        occ = art.occurrences(trig.end, min(hi, trig.end + 4))
        org = next((o for o in occ if o.type == "ORG" and o.a <= trig.end + 2), None)
        if org is None and self.summit is not None:
            self._summit_details(self.summit, lo, hi, trig)
            return [], trig.end
        if org is None and not any(w in _PARTICIPATION for w in art.norms[lo:hi]):
            return [], trig.end
        if self.summit is None:
            d = self._draft("summit", trig, lo, hi)
            d.attributes["name"] = art.span(trig.start, org.b if org else trig.end)["text"]
            d.actors = [(org.id, "participant")] if org else []
            self.summit = d
            self._summit_details(d, lo, hi, trig)
            return [d], (org.b if org else trig.end)
        self._summit_details(self.summit, lo, hi, trig)
        return [], (org.b if org else trig.end)

    def _summit_details(self, d: Draft, lo: int, hi: int, trig: T.Trigger) -> None:
        """Participants listed after بمشاركة, and the place if the first mention lacked one."""
        art = self.art
        if d.place is None:
            d.place = self._place(trig.end, hi)
        if d.date is None:
            d.date = self._date(lo, hi)
        for i in range(lo, hi):
            if art.norms[i] in _WITH_PARTICIPANTS:
                have = {a for a, _ in d.actors}
                for o in self._actors(i + 1, hi):
                    if o.type == "GPE" and o.id not in have:
                        d.actors.append((o.id, "participant"))
                        have.add(o.id)

    def _visit(self, trig, lo, hi, nxt):
        if trig.form in T.VISIT_VERBS and trig.start > lo and self.art.norms[trig.start - 1] in _THAT_HE \
                and self.last_subject and (seen := [o for o in self._actors(trig.end, min(nxt, trig.end + 1))
                                                    if o.type == "PER" and o.id != self.last_subject[0].id]):
            d = self._draft("meeting", trig, lo, hi, clause_end=nxt)  # "وأشار إلى أنه يزور أوجلان": he (who
            d.actors = [(self.last_subject[0].id, "source"), (seen[0].id, "target")]  # speaks) visits him
            d.cameo = "042"
            self.last_meeting = d
            return [d], seen[0].b
        subject, here = self._subject(trig, lo, nxt)
        if self.art.norms[trig.start][:1] == "ب" and trig.form in _VISIT_NOUNS \
                and (did := self._subjects(lo, trig.start, "PER")[:1]):
            subject, here = did, True  # "قام X أمس بزيارة لمقر …، يرافقه Y": X did, not his companion after it
            self._set_subject(did)  # (wherever he went: "لمقر مصلحة الجمارك … وبحث معاليه")
        subject = [s for s in subject if s.type == "PER"]
        if subject and here and (host := self._visited_person(trig, subject[-1], nxt)) is not None:
            d = self._draft("meeting", trig, lo, hi, clause_end=nxt)  # "وزار الرئيس التنفيذي X العامل Y":
            d.actors = [(s.id, "source") for s in subject] + [(host.id, "target")]  # a person visited is met
            d.cameo = "042"
            self.last_meeting = d
            self._set_subject(subject[:1])
            return [d], host.b
        place = self._place(trig.end, nxt)
        if not subject or place is None:
            return [], trig.end
        d = self._draft("visit", trig, lo, hi)
        d.place = place
        country = _country_of(place.entity)
        d.actors = [(s.id, "source") for s in subject]
        if here and (trig.form != self.art.norms[trig.start] or trig.form in T.VISIT_VERBS):
            self._set_subject(subject[:1])  # "قام X بزيارة إلى عدن … والتقى المسؤول الأممي": X (not "زيارته")
        if country and country != _country_of(subject[0].entity):
            d.actors.append((self._country_entity(country), "target"))
            d.attributes["host_country"] = country
        if not here:
            d.confidence -= 0.15
        return [d], place.b

    def _visited_person(self, trig: T.Trigger, subject: Occurrence, nxt: int) -> Occurrence | None:
        """The person a visit verb's named subject visits: right after the subject, past a few
        words that describe them ("زار سهيل الحمد العامل الآسيوي نوشاد مقصود"), not a place
        ("زار الوزير مستشفى الملك فهد")."""
        if trig.form not in T.VISIT_VERBS or subject.a < trig.end:
            return None
        k = subject.b
        for o in self._actors(subject.b, min(nxt, subject.b + _TITLE_REACH)):  # (subject: its title; the name follows)
            if o.id != subject.id:
                break
            k = o.b
        end = min(nxt, k + _VISITED_REACH)
        while k < end and self.art.owner[k] is None and self.art.norms[k].startswith("ال"):
            k += 1
        return next((o for o in self._actors(k, k + 1) if o.type == "PER" and o.id != subject.id), None)

    def _agreement(self, trig, lo, hi, nxt):
        if not any(w in T.AGREEMENT_OBJECTS for w in self.art.norms[trig.end:min(hi, trig.end + 6)]):
            return [], trig.end
        subject, here = self._subject(trig, lo, nxt)
        if not subject:
            return [], trig.end
        others = self._with(trig.end, hi)
        d = self._draft("agreement", trig, lo, hi)
        d.actors = [(s.id, "participant" if not others else "source") for s in subject] + \
                   [(o.id, "target") for o in others]
        d.attributes["object"] = self.art.span(trig.end, min(hi, trig.end + 6))["text"]
        return [d], hi

    def _economic_cooperation(self, trig, lo, hi, nxt):
        words = set(self.art.norms[lo:hi])
        if not words & (T.ECONOMIC_WORDS | T.MATERIAL_WORDS):
            return [], trig.end
        actors = self._actors(lo, hi)
        source = [o for o in actors if o.type in ("ORG", "GPE") and o.a < trig.start] or \
                 [o for o in actors if o.a > trig.start][:1]
        targets = [o for o in actors if o.type == "GPE" and o not in source and o.a > trig.end]
        if not source or not targets:
            return [], trig.end
        d = self._draft("economic_cooperation", trig, lo, hi)
        d.place = None
        d.actors = [(s.id, "source") for s in source[:1]] + [(t.id, "target") for t in targets]
        return [d], hi

    def _trade_figure(self, trig, lo, hi, nxt):
        art = self.art
        values = [o for o in art.occurrences(lo, hi) if o.type in ("MONEY", "PERCENT")]
        if not values or any(d.kind == "trade_figure" and d.sentence == (lo, hi) for d in self.drafts):
            return [], trig.end
        d = self._draft("trade_figure", trig, lo, hi, distinct=True)
        d.place = None
        for o in values:
            v = o.entity.get("value") or {}
            if o.type == "MONEY":
                d.attributes.setdefault("value", {k: v[k] for k in ("amount", "currency") if k in v})
            else:
                words = set(art.norms[max(lo, o.a - 4):o.a])
                sign = -1 if words & T.GROWTH_DOWN else 1
                d.attributes["growth_percent"] = sign * v.get("percent", 0.0)
        parties = []
        for o in self._actors(lo, hi):
            if o.type == "GPE" and (pid := self._country_id(o.entity)) not in parties:
                parties.append(pid)
        if len(parties) < 2 and self.last_meeting is not None:
            for a, _ in self.last_meeting.actors:
                e = art.entities.get(a)
                if e is not None and (c := _country_of(e)):
                    pid = self._country_entity(c)
                    if pid not in parties:
                        parties.append(pid)
        d.actors = [(p, "participant") for p in parties]
        speaker = self._speaker_of_quote(trig.start)
        if speaker:
            d.actors.append((speaker[0].id, "speaker"))
        if set(art.norms[lo:hi]) & _TARGET_WORDS:
            d.attributes["target"] = True
            d.planned = True
        if d.date is not None:
            d.attributes["period"] = d.date
        return [d], hi


def _prepositional(word: str) -> bool:
    """A name's first word behind ب or ل: بالجريسي، للوزير، بنظيره (a role: not بروان, Brown)."""
    return word.startswith(("بال", "لل")) or word[:1] in ("ل", "ب") and len(word) > 3 and _is_role(word[1:])


def _behind_clitic(first: str, o: Occurrence) -> bool:
    """The name stands behind ل or ب that the entity stage cut off its first word ("قال لبي بي سي":
    to the BBC, which is no subject)."""
    if o.type != "ORG" or first[:1] not in ("ل", "ب"):
        return False
    name = normalize(o.entity["canonical"]).split()
    return bool(name) and name[0] == first[1:]
    # (only a body: a person's name may begin with the letter, "رئيس البعثة بتال العتيبي")


def _is_role(word: str) -> bool:
    return any(f in T.ROLE_WORDS or f.startswith("ال") and f[2:] in T.ROLE_WORDS for f in stems(word))


def _passive(written: str) -> bool:
    """A present tense voweled as passive (يُعتبر، تُعد): its prefix carries a damma."""
    bare = written.lstrip("وف")
    return len(bare) > 2 and bare[0] in "يت" and bare[1] == _DAMMA


def _titled_as_a_man(entity: dict[str, Any]) -> bool:
    """A person the article gives a masculine office ("الرئيس الأميركي"), so no feminine verb is his."""
    return entity["type"] == "PER" and any(
        m.get("kind") == "title" and (w := normalize(m["text"]).split()[0]) and not w.endswith("ه") and _is_role(w)
        for m in entity["mentions"])


def _feminine(verb: str) -> bool:
    """قالت، أكدت، تقول، قائلة (normalised: ة is ه): a feminine subject — the masculine form is a
    trigger too (لفت is masculine: لف is none)."""
    masculine = (verb[:-1] if verb[-1:] == "ت" else "ي" + verb[1:] if verb[:1] == "ت"
                 else verb[:-1] + "ا" if verb[-1:] == "ه" else None)
    return masculine is not None and (masculine,) in T.TRIGGERS


_GENERIC_BODY = T.norm_set("هيئه هيئة اداره مجلس مركز جمعيه وزاره شركه عامه عام وطني وطنيه فرع اعلامي نادي")


def _content(word: str) -> str:
    """A word of a body's name without its article or preposition: للسياحة, السياحة → سياحه."""
    for p in ("لل", "بال", "وال", "ال", "ل", "ب"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def _has_that(norms: list[str], a: int, b: int) -> bool:
    """What was said opens in [a, b): أن close to the verb, or a colon however long the frame before it
    ("وأضاف X قائلا في تصريحات للصحفيين في مدينة فان بعد يوم من مقتل …: إن")."""
    return any(w in _THAT for w in norms[a:min(b, a + 12)]) or ":" in norms[a:b]


def _published_day(published_at: str | None) -> dict[str, Any] | None:
    return {"value": published_at[:10], "precision": "day"} if published_at else None


def _encounter(d: Draft) -> tuple[str, frozenset[str]]:
    """What makes two meeting drafts of one article the same encounter: kind and parties."""
    return d.kind, frozenset(a for a, r in d.actors if r != "reporter")


def _event_id(article_id: str, d: Draft, trigger: dict[str, Any]) -> str:
    symmetric = d.kind in _MEETING_KINDS  # "ناقش أردوغان مع بوتين" is the Putin–Erdoğan meeting again
    actors = sorted({a if symmetric else f"{a}:{r}" for a, r in d.actors if r != "reporter"})
    parts = [article_id, d.kind, ",".join(actors), (d.date or {}).get("value") or "", str(d.planned)]
    if d.distinct:  # "أوضح X أن …، مشيرا إلى أن …": two acts of speech in one sentence
        parts.append(str(trigger["start"]))
    return "v" + hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=10).hexdigest()


def find_events(text: str, mapped: MappedText, body: str, entities: list[dict[str, Any]], *, article_id: str,
                published_at: str | None) -> list[dict[str, Any]]:
    """Event records for one article (see ``worker.events.cameo`` for the types)."""
    art = _Article(text, mapped, body, entities)
    x = _Extractor(art)
    for lo, hi in art.sentences:
        x.sentence(lo, hi)
    out: dict[str, dict[str, Any]] = {}
    dated = {_encounter(d) for d in x.drafts if d.kind in _MEETING_KINDS and d.date is not None}
    for d in x.drafts:
        if d.kind in _MEETING_KINDS and d.date is None and not d.planned and _encounter(d) in dated:
            continue  # "يبحث الجبير مع نظيره الألماني الاثنين …" then "لقاء الجبير وشتاينماير": told again
            # (not talks to come: "وسيجري … محادثات مع كينياتا", then "كان باستقباله الرئيس كينياتا" on Friday)
        evidence = art.span(*d.sentence)
        date = d.date or (None if d.planned else _published_day(published_at))
        d.date = date
        trigger = art.span(*d.trigger)
        eid = _event_id(article_id, d, trigger)
        if eid in out:
            continue
        place = None
        if d.place is not None:
            e = d.place.entity
            place = {"entity_id": e["entity_id"], "text": art.span(d.place.a, d.place.b)["text"],
                     "label_en": e.get("label_en"), "country": _country_of(e)}
        actors = []
        for a, role in d.actors:
            e = art.entities.get(a)
            text = e["canonical"] if e else x.implied.get(a)
            actors.append({"entity_id": a, "role": role, **({"text": text} if text else {})})
        out[eid] = event_record(
            article_id=article_id, event_id=eid, type=d.kind, cameo=d.cameo, actors=actors, place=place,
            date=date, evidence=evidence, confidence=max(0.05, min(1.0, d.confidence)),
            modality={"planned": d.planned, "negated": d.negated, "reported": d.reported},
            attributes={**d.attributes, "trigger": trigger["text"]},
        )
    return list(out.values())

