"""The words that announce an event, by type, and the words that change what it means.

Arabic news states events with a small set of verbs and verbal nouns (التقى، اجتماع، اتصال
هاتفي، وقّع، قال…). Matching them on normalised words without their proclitics (والتقى →
التقى) finds most events in wire copy; the extractor then decides actors, place, date and
modality around each match. Words are written as they are spelt and normalised once at import,
so the lists stay readable.

A trigger is one word, or a phrase of words that must follow each other (اتصالا هاتفيا).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize

__all__ = ["TRIGGERS", "Trigger", "match", "forms", "FUTURE_WORDS", "NEGATORS", "REFINEMENTS", "INVITE_PURPOSE",
           "COOPERATION_WORDS", "ECONOMIC_WORDS", "MATERIAL_WORDS", "TRADE_WORDS", "GROWTH_UP", "GROWTH_DOWN",
           "SEPARATE_WORDS", "AGREEMENT_OBJECTS", "SIDELINES", "PARTICIPLES", "ROLE_WORDS", "MEDIA_WORDS", "NO_SUBJECT",
           "VERBAL_OBJECTS", "DEMANDS", "CLOSED",
           "RELATIVES", "HIS_HONOUR", "DESCRIBED", "JUDGED",
           "SENSED", "SENSED_OPENERS", "GOES_ON", "EXPLAINS", "ACCORDING", "RELAYED",
           "EXPRESSED", "SHOWED", "OFFERED", "THANKS", "EXPLANATION", "THANKED", "VISIT_VERBS", "ADDED", "GOALS",
           "norm_set"]


def norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# the participle that adds a speech act to a sentence with its own subject ("…، مبيناً أن"). داعيا
# (calling for, praying) is a demand, not a statement. مشددة and لافتة are left out: mostly
# adjectives ("حراسة مشددة"، "قدرة لافتة").
PARTICIPLES = ("قائلا قائلاً قائلة مؤكدا مؤكداً مؤكدة مشيرا مشيراً مشيرة مضيفا مضيفاً مضيفة مبينا مبيناً مبينة "
               "موضحا موضحاً موضحة منوها منوهاً منوهة لافتا لافتاً معتبرا معتبراً معتبرة مشددا مشدداً "
               "محذرا محذراً محذرة معربا معرباً معربة معبرا معبراً معبرة مثمنا مثمناً مثمنة مرحبا مرحباً مرحبة "
               "مشيدا مشيداً مشيدة مثنيا مثنياً مثنية مذكرا مذكراً نافيا نافياً نافية شاكرا شاكراً شاكرة "
               "كاشفا كاشفاً كاشفة")  # (not مذكرة: a memorandum)

_OFFERED_WORDS = "قدم قدمت رفع رفعت مقدما مقدماً وجه وجهت موجها موجهاً كرر كررت جدد جددت أزجى أزجت بعث بعثت"
_VISIT_VERB_WORDS = "زار زارت يزور تزور توجه توجهت يتوجه وصل وصلت يصل"
_RAW: dict[str, str] = {
    "meeting": "التقى التقت التقيا التقوا يلتقي تلتقي يلتقيان نلتقي لقاء لقاءه لقائه لقاءها لقائها لقاءين لقاءات اجتمع اجتمعت "
               "اجتمعا يجتمع تجتمع اجتماع اجتماعا اجتماعه اجتماعها اجتماعهما اجتماعين استقبل استقبلت يستقبل تستقبل استقبال "
               "استقباله استقبالها استقبلهم استقبلته استقبلتهم وداع وداعه وداعها "
               "محادثات مباحثات مباحثاته محادثاته اللقاء_الذي الاجتماع_الذي المباحثات_التي المحادثات_التي للقاء للاجتماع "
               "ناقش ناقشت ناقشا يناقش يناقشان تناقش بحث بحثا بحثت يبحث يبحثان بحثوا لمناقشة لبحث "
               "قلد قلدت عايد عايدت",  # (an investiture: "قلّد X Y رتبته الجديدة", see INVESTED; عايد: feast greetings)
    "phone_call": "اتصالا_هاتفيا اتصال_هاتفي اتصالاً_هاتفياً مكالمة_هاتفية مكالمة هاتفيا هاتف هاتفه",
    "negotiation": "مفاوضات تفاوض يتفاوض تتفاوض المفاوضات",
    "summit": "قمة القمة",
    "visit": "زيارة زيارته " + _VISIT_VERB_WORDS,
    "agreement": "وقع وقعت وقعا يوقع توقيع توقيعه",
    "invitation": "دعا دعت يدعو تدعو دعوة دعوته",
    "cooperation_intent": "مستعدون مستعد مستعدة استعداد استعداده اقترح اقترحت يقترح عرض عرضت نسعى يسعى تسعى",
    "economic_cooperation": "نفذت نفذ تنفذ ينفذ تستورد يستورد استوردت تصدر يصدر توريد",
    "trade_figure": "التبادل المبادلات التجارة تجارة الصادرات الواردات",
    "statement": "قال قالت قالوا يقول تقول قوله أكد أكدت أكدا أكدها أكده يؤكد تؤكد أضاف أضافت يضيف تضيف أشار أشارت يشير "
                 "شدد شددت يشدد صرح صرحت يصرح تصريح أعلن أعلنت يعلن تعلن أوضح أوضحت يوضح توضح لفت لفتت اعتبر اعتبرت "
                 "يعتبر رأى نفى نفت ينفي حذر حذرت يحذر أعرب أعربت يعرب رحب رحبت يرحب كشف كشفت نوه نوهت ينوه "
                 "ذكر ذكرت أفاد أفادت أردف أبلغ أبلغت أشاد أشادت يشيد أثنى أثنت يثني ثمن ثمنت استطرد أدان أدانت دان دانت "
                 "كتب كتبت غرد غردت تحدث تحدثت تطرق تطرقت شكر شكرت وعد وعدت تعهد تعهدت يتعهد عد تابع تابعت بين بينت عبر عبرت أبدى أبدت "
                 "اتهم اتهمت يتهم تتهم انتقد انتقدت ينتقد تنتقد وصف وصفت يصف تصف وصفها وصفه وصفهم طمأن طمأنت اعترف اعترفت "
                 "تساءل تساءلت أجاب أجابت شجب شجبت ندد نددت يندد استنكر استنكرت روى روت نبه نبهت شكرهم شكرهما لمح لمحت ألمح ألمحت أبان أبانت "
                 + _OFFERED_WORDS + " "  # offering thanks only: see OFFERED  # only in a speaker's sense: see SENSED
                 "نقل نقلت ينقل تنقل "  # "ونقلت الوكالة عن X أن": only with X named after عن, see RELAYED
                 "وفقا طبقا بحسب حسب "  # "ووفقا لسميث فإن": only with the source named right after
                 "ذكره ذكرته ذكرها أعلنه أعلنته أعلنها أورده أوردته القول قولها قولهم "  # "وفقا لما ذكره البيت الأبيض"
                 + PARTICIPLES,
}


def _build() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for kind, words in _RAW.items():
        for w in words.split():
            out.setdefault(tuple(normalize(p) for p in w.split("_")), kind)
    return out


TRIGGERS = _build()
_FIRST = {k[0]: [t for t in TRIGGERS if t[0] == k[0]] for k in TRIGGERS}
_FUTURE_PREFIX = "يتنا"  # سـ + imperfect prefix: سيناقشان، ستوقع، سنعمل


class Trigger(NamedTuple):
    kind: str
    start: int  # token indexes
    end: int
    future: bool  # spelt with the future prefix سـ
    form: str = ""  # the first word as the trigger list spells it, clitics off (وكتب, لكتب → كتب)


@functools.lru_cache(maxsize=131_072)
def forms(word: str) -> tuple[tuple[str, bool], ...]:
    """(form, future) candidates of one normalised word without proclitics."""
    out = [(s, False) for s in stems(word, article=False)]
    for s, _ in list(out):
        if len(s) > 3 and s[0] == "س" and s[1] in _FUTURE_PREFIX:
            out.append((s[1:], True))
    return tuple(out)


def match(norms: list[str], i: int) -> Trigger | None:
    """The trigger starting at token ``i`` (longest phrase first), if any."""
    for form, future in forms(norms[i]):
        for phrase in sorted(_FIRST.get(form, ()), key=len, reverse=True):
            if tuple(norms[i + 1:i + len(phrase)]) == phrase[1:]:
                return Trigger(TRIGGERS[phrase], i, i + len(phrase), future, form)
    return None


FUTURE_WORDS = norm_set("سوف المقرر المنتظر المتوقع يعتزم تعتزم ينوي تنوي المرتقب المقبل المقبلة القادم القادمة يستعد تستعد ويستعد وتستعد "
                        "مرتقب مرتقبة يرتقب")
NEGATORS = norm_set("لم لن لا ما نفى نفت ينفي تنفي دون عدم")
# statement refinements: CAMEO 012 pessimistic, 013 optimistic, 019 express accord
REFINEMENTS = {
    "012": norm_set("حذر حذرت يحذر قلق قلقه مخاوف تحذير خطورة"),
    "013": norm_set("تفاؤل تفاؤله أمل أمله سعيد سعادته ارتياح ارتياحه إيجابي إيجابية متفائل"),
    "019": norm_set("رحب رحبت يرحب ترحيب أيد أيدت يؤيد تأييد اتفق اتفقت"),
}
INVITE_PURPOSE = norm_set("زيارة بزيارة لزيارة للقيام القيام لحضور حضور للمشاركة المشاركة")
COOPERATION_WORDS = norm_set("التعاون تعاون التعاون، توسيع تعزيز تطوير الشراكة شراكة")
ECONOMIC_WORDS = norm_set("الطاقة الاقتصادي الاقتصادية التجاري التجارية التجارة الاستثمار الاستثمارات الغاز النفط "
                          "الكهرباء الهيدروكربونات الحبوب إمدادات الإمدادات اقتصادي")
MATERIAL_WORDS = norm_set("إمدادات الإمدادات توريد تزويد مساعدات")
TRADE_WORDS = norm_set("التبادل المبادلات التجارة تجارة الصادرات الواردات التجاري")
GROWTH_UP = norm_set("نما نمو ارتفع ارتفاع زيادة زاد ازداد ارتفعت زادت")
GROWTH_DOWN = norm_set("انخفض انخفاض تراجع تراجعت انخفضت")
SEPARATE_WORDS = norm_set("منفصلين منفصلة منفصل لقاءين اجتماعين حدة")
AGREEMENT_OBJECTS = norm_set("اتفاق اتفاقا اتفاقية اتفاقيات مذكرة مذكرات معاهدة بروتوكول عقد عقدا")
SIDELINES = norm_set("هامش")
# the media an article names by their kind of outlet ("وذكرت صحيفة …", "في لقاء مع قناة …")
MEDIA_WORDS = "صحيفة جريدة مجلة وكالة قناة إذاعة موقع"

# nouns a named subject hides behind ("أوضح رئيس النادي د. عبدالله الحيدري", "وقالت التلميذة ناصرة"),
# compared without ال; any other noun right after a verb is a subject the entity stage did not name
ROLE_WORDS = norm_set(
    "رئيس رئيسة مدير مديرة وزير وزيرة متحدث متحدثة ناطق ناطقة أمين نائب نائبة مساعد مساعدة وكيل مستشار مستشارة "
    "محافظ أمير ملك ولي سفير سفيرة مفوض مفوضة قائد عضو عضوة مسؤول مسؤولة دكتور دكتورة د شيخ مهندس م أستاذ أستاذة أ "
    "لاعب مدرب مهاجم حارس طيار تلميذ تلميذة طالب طالبة بارون بارونة فنان فنانة كاتب كاتبة إعلامي إعلامية "
    "باحث باحثة خبير خبيرة محلل محللة سيد سيدة قاضي عقيد لواء عميد فريق رائد نقيب ملازم شاعر شاعرة ممثل "
    "ممثلة مطرب مطربة مفتي إمام خطيب معالي سمو سعادة فضيلة سماحة فخامة صاحب خادم عاهل نجم تنفيذي مندوب "
    "منسق مشرف مشرفة منسقة عميد رئيسي مدربة حاكم زعيم مرشح مرشحة مراسل مراسلة مواطن مواطنة قنصل ملحق ملحقة مبعوث مبعوثة موفد "
    "داعية قائم بروفيسور بروفسور "  # (القائم بالأعمال)
    "كابتن مدافع ظهير نظير نظيره نظيرها نظيرته والد والدة شقيق شقيقة عم خال زوج زوجة ابن ابنة زميل زميلة "
    + MEDIA_WORDS)
# (kin: "وقال والد الشهيد …"; a counterpart: "X ونظيره التركي Y", coordinated; a paper: "وذكرت صحيفة
# "ذا ناشيونال"", then "وقالت الصحيفة" is that paper)
# words after a speech verb that leave its subject unsaid ("وأضاف في تصريح", "وأكد أن", "وأضاف معاليه")
NO_SUBJECT = norm_set(
    "في خلال عن على إلى الى أمام بعد قبل حول من مع عبر لدى عند منذ حتى أن إن بأن ان أنه أنها إنه إنها بأنه بأنها "
    "أيضا ايضا كذلك قائلا قائلة بالقول مجددا مرة ذلك وقد قد اليوم أمس مؤخرا مؤخراً مخاطبا مخاطباً مخاطبة "
    "فيه فيها فيهما عنه عنها عنهم عنهما له لها لهم "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت مساء صباح")
HIS_HONOUR = norm_set("معاليه سموه سعادته فضيلته سماحته")  # the subject carried over: "وأضاف معاليه"
NO_SUBJECT = NO_SUBJECT | HIS_HONOUR
# speech verbs that are also other words (كتب "books", تحدث "it happens", تابع "followed" or "subordinate
# to"): a statement only when the speaker is named right after the verb or, for a و-verb with its subject
# carried over, what follows opens what was said (وكتب على صفحته، وتحدث عن، وكتب:)
SENSED = norm_set("كتب كتبت غرد غردت تحدث تحدثت شكر شكرت شكرهم شكرهما وعد وعدت تعهد تعهدت عد")  # (شكر: also "thanks", a noun;
# وعد "promised", also "a promise" and "and counted"; عدّ "deemed": "وعد الأمين العام … نتائج الزيارة خطوة";
# "حيث شكرهم": thanked them, and "قدموا شكرهم", their thanks, a noun)
SENSED_OPENERS = norm_set("على عن في عبر")
# …and the ones that need what was said to follow at once (وتابع سميث "…", وتابع أن، وتابعت قائلة:)
GOES_ON = norm_set("تابع تابعت")
# بيّن "explained" is also بين "between" (بين «رويالز» و«جاينتس»، بين الجامعات المشاركة، لافتا): a verb only
# with أن or a colon right after it or after its named or titled subject (وبيّن الوزير أن، وبين قرقاش أن)
EXPLAINS = norm_set("بين بينت طمأن طمأنت اعترف اعترفت أبان أبانت")  # (and "اعترف بأنه": not admitted to hospital;
# إبان "during" is spelt أبان once normalised: "إبان الحرب")
ACCORDING = norm_set("وفقا طبقا بحسب حسب")
# وصف "described … as" is also the noun "description" ("وبحسب وصف المدعي العام، يطلق عليهم وصف"): a
# verb only where it opens a clause
DESCRIBED = norm_set("وصف وصفت يصف تصف وصفها وصفه وصفهم")  # (with its object: "ووصفها بأنها")
# accusing, criticising, describing: the same letters are passive ("واتهم بدعم النظام", "انتقدت
# بسببها", "كما وصف أنه"), told by ب or أن right after the verb, where the active verb has its subject
JUDGED = norm_set("اتهم اتهمت يتهم تتهم انتقد انتقدت ينتقد تنتقد") | DESCRIBED
RELAYED = norm_set("نقل نقلت ينقل تنقل")
VISIT_VERBS = norm_set(_VISIT_VERB_WORDS)  # a visit told by a verb (زار), not by its noun (زيارته)
# "عبّر X عن سروره": expressed — and عبر is also "via" (عبر الحدود): a statement only with عن after its subject
EXPRESSED = norm_set("عبر عبرت")
# "أبدى المدير الفني … رضاه عن الأداء": showed his satisfaction — a statement with a named or titled
# subject and a feeling of theirs after it (not "أبدت الأسواق تحسنا")
SHOWED = norm_set("أبدى أبدت")
# "رفع X شكره وتقديره", "قدم العنزي شكره", "مقدما شكره", "ووجه بن مساعد الشكر": offering thanks — a
# statement only with the thanks (not "ووجه بتقديم أفضل عناية", he directed)
OFFERED = norm_set(_OFFERED_WORDS)
THANKED = norm_set("شكر شكرت شكرهم شكرهما")  # the verb, when the particle before it (كما، و) makes it one
# "وقدم الرئيس هادي، لمبعوث …، شرحا عن الأوضاع": he explained; "كرر أردوغان تأكيد عزمه": he reaffirmed
EXPLANATION = norm_set("شرحا شرحاً شرح تأكيد تأكيده عرضا عرضاً")  # (قدم عرضاً عن السوق: a presentation, fresh24)
# (and a welcome renewed, "جدد ترحيبه"; not تهانيه، التهنئة: congratulations are no statement)
THANKS = norm_set("شكره شكرها شكرهم شكرهما الشكر شكر تقديره تقديرها ترحيبه ترحيبها")
# "وأضاف خالد الكعبي هدف الهلال الثاني": أضاف "added" a goal, not words
ADDED = norm_set("أضاف أضافت")
GOALS = norm_set("هدف هدفا هدفاً الهدف هدفين الهدفين هدفه هدفها هدفيه")
# the verbal noun a speech verb takes as its object: "وأكد دعم وزارته", "وأكد حرص واشنطن" (the name after
# it is the object's, not the verb's subject)
VERBAL_OBJECTS = norm_set("دعم أهمية ضرورة حرص استعداد عمق متانة التزام رفض تضامن وقوف سعي رغبة عزم صحة "
                        "حدوث وجود وقوع استمرار")  # (أكد صحة ما نشر، وأكد حدوث اتفاق)
NO_SUBJECT = NO_SUBJECT | VERBAL_OBJECTS
# demands and appeals are no statements here, but the one who opens a sentence with one is who the
# next sentences go on about: "طالب المهندس منصور العرفج …، وتساءل: …" then "وأكد على ضرورة"
DEMANDS = norm_set("طالب طالبت يطالب تطالب ناشد ناشدت حث حثت دعا دعت")
# "وختم بالقول إن", "واختتم حديثه بالقول": the last words of the one speaking
CLOSED = norm_set("ختم ختمت اختتم اختتمت")
RELATIVES = norm_set("الذي التي الذين اللذين اللتين اللذان")
