"""Names found by how news introduces them (worker.ner.patterns), alone and in the entity stage."""

import pytest

from worker.lang.ar.normalize import normalize
from worker.ner.patterns import companies, honorific_names, ministries, regnal_names, state_bodies
from worker.pipeline import enrich
from worker.records import RawArticle
from worker.resources.entities import nationality
from worker.stages.entities import _FUNCTION_WORDS, _first_names, _frequencies, _recur
from ..mentions import people_mentions


def _names(text: str) -> list[str]:
    norms = [normalize(w) for w in text.split()]
    spans = honorific_names(norms, _frequencies().zipf, _first_names().__contains__, _FUNCTION_WORDS)
    return [" ".join(text.split()[a:b]) for a, b in spans]


@pytest.mark.parametrize("text, name", [
    ("أوضح رئيس النادي الدكتور أحمد آل مريع بأن اللجنة أنهت أعمالها", "أحمد آل مريع"),
    ("وقال السفير علاء يوسف المتحدث الرسمي باسم الرئاسة", "علاء يوسف"),
    ("وقال المتحدث صديق صديقي إن الوزارة", "صديق صديقي"),
    ("تفقد وزير التعليم الدكتور عزام الدخيل المناطق الحدودية", "عزام الدخيل"),
    ("وأوضح الدكتور بندر بن محمد حجار أن", "بندر بن محمد حجار"),
    ("وكرم الدكتور عبد الرحمن بن عبد العزيز السديس الفائزين", "عبد الرحمن بن عبد العزيز السديس"),
    ("الأستاذ عبدالعزيز أبو بكر ومديرو الإدارات", "عبدالعزيز أبو بكر"),  # و starts the next item
    ("الدكتور خالد بن فيصل بن تركي آل سعود وكيل الحرس", "خالد بن فيصل بن تركي آل سعود"),
    ("الدكتور خالد بن بندر بن عبد العزيز آل سعود مستشارًا بمرتبة وزير", "خالد بن بندر بن عبد العزيز آل سعود"),
    ("الشيخ زهير بن علي رئيس المجلس", "زهير بن علي"),  # علي normalises as the preposition على
    # after a lineage an everyday nisba is the family's name, not "the Turkish"
    ("الدكتور عبدالله بن عبدالمحسن التركي أمس", "عبدالله بن عبدالمحسن التركي"),
])
def test_a_name_after_an_honorific_ends_where_the_name_does(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الخارجية إن", "وأكد اللاعب الدولي أنه جاهز", "وقال السيد كلمة بالمناسبة",
    "أطلق المكتب الإعلامي لسوق عكاظ خطته", "وشكر المدرب في المؤتمر الصحفي",
    "تعاقد مع اللاعب. وصرح مدرب الفريق",  # a sentence's full stop is no abbreviation's (د.)
])
def test_no_name_where_none_follows_the_honorific(text):
    assert _names(text) == []


def test_a_foreign_company_by_its_country_and_trade_and_not_a_city_by_its_country():
    def find(norms):
        return companies(norms, nationality, _frequencies().zipf, _FUNCTION_WORDS)
    assert _spans(find, "إن بيرسون البريطانية للنشر قررت") == ["بيرسون"]
    assert _spans(find, "بلومبرج وأكسل سبرينجر الألمانية للنشر الصحفي") == ["وأكسل سبرينجر"]  # و opens the item
    assert _spans(find, "احتفل مبتعثو مدينة كاربونديل الأمريكية بالعيد") == []  # no trade after it


def test_a_sovereign_with_his_ordinal():
    def find(norms):
        return regnal_names(norms, _first_names().__contains__)
    assert _spans(find, "مع جلالة الملك محمد السادس ملك المغرب") == ["محمد السادس"]
    assert _spans(find, "تولى الملك عبدالله الثاني عشر الحكم") == ["عبدالله الثاني عشر"]
    assert _spans(find, "وكان لقاء الملك سلمان الأول مع الرئيس") == []  # "first", not an ordinal of kings


def test_state_bodies_are_named_by_function_and_country_but_a_ministers_title_is_not():
    text = "قالت الخارجية الكورية الشمالية إن وزير الخارجية الإسباني التقى وزارة الدفاع الأمريكية"
    norms = [normalize(w) for w in text.split()]
    spans = state_bodies(norms, nationality, lambda i: None)
    assert [" ".join(text.split()[a:b]) for a, b in spans] == ["الخارجية الكورية الشمالية", "وزارة الدفاع الأمريكية"]


def test_the_entity_stage_takes_the_bodies_and_the_people_and_their_statements():
    body = ("قالت وزارة خارجية التشيك اليوم إن خمسة مواطنين فقدوا في لبنان. وأكدت السلطات الألمانية أن الطبيب "
            "سيحاكم. وقال السفير علاء يوسف المتحدث الرسمي باسم الرئاسة المصرية إن الزيارة مهمة.")
    e = enrich(RawArticle(source="t", body=body))
    kinds = {(x["canonical"], x["type"]) for x in e.entities}
    assert {("وزارة خارجية التشيك", "ORG"), ("السلطات الألمانية", "ORG"), ("علاء يوسف", "PER")} <= kinds
    assert ("التشيك", "GPE") not in kinds  # the country inside the ministry's name is part of it
    speakers = [[a["text"] for a in ev["actors"]] for ev in e.events if ev["type"] == "statement"]
    assert speakers == [["وزارة خارجية التشيك"], ["السلطات الألمانية"], ["علاء يوسف"]]


def _after_offices(text: str) -> list[str]:
    from worker.ner.patterns import title_names
    from worker.ner.titles import head_at
    norms = [normalize(w) for w in text.split()]
    spans = title_names(norms, head_at, nationality, _frequencies().zipf, _first_names().__contains__,
                        _FUNCTION_WORDS)
    return [" ".join(text.split()[a:b]) for a, b in spans]


@pytest.mark.parametrize("text, names", [
    ("التقى وزير الدفاع الأمريكي كارتر في القدس", ["كارتر"]),
    ("وقال وزير الخارجية السعودي ، عادل الجبير ، إن", ["عادل الجبير"]),
    ("تحيات الرئيس الروسي فلاديمير بوتين إلى", ["فلاديمير بوتين"]),
    # علي, the given name, and على (normalised alike): a name goes on after the one, a noun after the other
    ("وقال وزير الخارجية الإيراني علي اكبر صالحي ان روسيا", ["علي اكبر صالحي"]),
    ("وقال وزير الخارجية الإيراني علي لاريجاني ان روسيا", ["علي لاريجاني"]),
    ("وشدد وزير الخارجية الإيراني على ضرورة الحل", []),
    ("وقال وزير الخارجية الإيراني على أكبر قدر ممكن", []),
    # verbs, nouns and a prince's name (تركي is no nationality here) are no names after an office
    ("وكان الرئيس الأميركي أجرى اتصالا هاتفيا بنظيره", []),
    ("حرص الرئيس الروسي على حضور الحفل", []),
    ("وأكد الوزير الأردني موقف بلاده الداعي", []),
    ("قال الرئيس الأمريكي يزور كينيا", []),
    ("وزير الخارجية المصري تمتين العلاقات", []),
    ("الأمير تركي بن عبدالله أمير منطقة الرياض", []),
])
def test_a_name_right_after_an_office_and_its_nationality(text, names):
    assert _after_offices(text) == names


def test_a_person_before_a_curated_name_in_one_tagged_span_keeps_his_own_name():
    body = "فيما قال ولايتي مستشار خامنئي: إن أمريكا تريد التفاوض مع طهران."
    e = enrich(RawArticle(source="t", body=body))
    assert {"ولايتي", "علي خامنئي"} <= {x["canonical"] for x in e.entities if x["type"] == "PER"}
    assert [[a["text"] for a in ev["actors"]] for ev in e.events if ev["type"] == "statement"] == [["ولايتي"]]


def test_a_club_is_the_word_after_nadi():
    from worker.ner.patterns import clubs
    text = "أعلنت إدارة كرة القدم بنادي النصر وإدارة نادي الاتحاد وأعضاء النادي الرياضي"
    norms = [normalize(w) for w in text.split()]
    assert [" ".join(text.split()[a:b]) for a, b in clubs(norms)] == ["بنادي النصر", "نادي الاتحاد"]


def _spans(find, text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[a:b]) for a, b in find([normalize(w) for w in words])]


def test_an_organisation_is_named_by_its_head_noun_in_the_construct_state():
    from worker.ner.patterns import organisations
    text = ("أعرب رئيس حزب القوات اللبنانية عن شكره ، وأوضح المركز الإعلامي في مديرية الأمن العام ، "
            "وقالت هيئة الإذاعة والتلفزيون ، وقال ممثل للحزب الجمهوري ، ورئيس مؤسسة الملك فيصل الخيرية "
            "وأعضاء هيئة التدريس")
    assert _spans(lambda n: organisations(n, _FUNCTION_WORDS, _frequencies().zipf), text) == [
        "حزب القوات اللبنانية", "مديرية الأمن العام", "هيئة الإذاعة والتلفزيون"]


def test_quoted_names_after_an_organisation_or_media_noun():
    from worker.ner.patterns import quoted_names
    text = 'أوضحت شركة " بوبا العربية " شريك النادي ، ونقلت قناة « جيو » الخبر ، وقال " شاهد عيان "'
    assert _spans(quoted_names, text) == ["بوبا العربية", "جيو"]


def test_a_transliterated_media_title_is_made_whole_but_arabic_words_are_not_names():
    from worker.ner.patterns import media_names
    text = "ذكرت صحيفة برلينر مورجن بوست ، وحسبما ذكر موقع ذا لوكال الإخباري ، وأطلقت قناة ناطقة بالإنجليزية"
    words = text.split()
    tagged = {words.index("برلينر")}  # the tagger found the first word of the paper's name only
    spans = media_names([normalize(w) for w in words], _frequencies().zipf, _FUNCTION_WORDS, tagged.__contains__)
    assert [" ".join(words[a:b]) for a, b in spans] == ["برلينر مورجن بوست", "ذا لوكال"]


def test_bodies_that_speak_without_a_country_and_a_citys_police():
    from worker.ner.patterns import lone_bodies
    assert _spans(lone_bodies, "وقالت الشرطة إن الشاب غرق وأحالته النيابة العامة إلى المحكمة") == [
        "الشرطة", "النيابة العامة"]
    text = "أعلنت شرطة جدة القبض على لص . وقالت الشرطة إن الشاب اعترف"
    e = enrich(RawArticle(source="t", body=text))
    police = [x for x in e.entities if x["type"] == "ORG"]
    assert [(x["canonical"], len(x["mentions"])) for x in police] == [("شرطة جدة", 2)]
    assert [[a["text"] for a in ev["actors"]] for ev in e.events if ev["type"] == "statement"] == [["شرطة جدة"]] * 2


def test_a_person_named_at_the_end_of_a_chain_of_titles():
    from worker.ner.patterns import role_names
    words = ("وقال مدير مستشفى الولادة والأطفال بصحة تبوك معيض عويضة البلوي : كذا ، "
             "وشكر في مقدمتهم المدير العام على جهودهم .").split()
    place = {words.index("تبوك")}
    spans = role_names([normalize(w) for w in words], _frequencies().zipf, _first_names().__contains__,
                       _FUNCTION_WORDS, lambda i: i not in place)
    assert [" ".join(words[a:b]) for a, b in spans] == ["معيض عويضة البلوي"]


def test_names_the_rules_found_are_found_again_where_the_article_repeats_them():
    norms = [normalize(w) for w in "قال وزير البيئة نيك سميث إن الخطة جديدة ووفقا لسميث فإن الرئيس سميث".split()]
    rule = (3, 5, "PER", 0.7, "rule")
    tagged = (12, 13, "PER", 0.8, "ner")  # the tagger's own name keeps its place
    assert _recur([rule, tagged], norms) == [rule, (9, 10, "PER", 0.7, "recur"), tagged]
    assert _recur([(3, 5, "PER", 0.6, "ner")], norms) == [(3, 5, "PER", 0.6, "ner")]  # unsure names stay put


def test_nationalities_of_smaller_countries_make_titles():
    body = ("وقال وزير البيئة الأسترالي غريغ هانت إن الوضع جيد. وأضاف وزير الخارجية الأسترالي جولي بيشوب أن "
            "الخطة ناجحة. وقال الوزير الأسترالي إن الأمر مهم.")
    people = people_mentions(body)
    assert people["غريغ هانت"] == ["وزير البيئة الأسترالي", "غريغ هانت"]
    assert people["جولي بيشوب"] == ["وزير الخارجية الأسترالي", "جولي بيشوب"]
    assert "الوزير الأسترالي" in people  # two Australian ministers: the bare office is neither


def test_a_ministry_named_by_its_portfolio_alone():
    norms = [normalize(w) for w in "ونقلت الصحف عن وزارة الخارجية القول إن وزارة الثقافة والإعلام ووزارة".split()]
    assert ministries(norms) == [(3, 5), (7, 10)]  # not القول; والإعلام joined; a bare وزارة is none


def test_a_lineage_names_a_person_without_a_title():
    from worker.ner.patterns import lineage_names
    text = "أكد أحمد بن علي رئيس النادي ، وقال عادي بن حسين العادي إن ، وكان على بن الطريق"
    assert _spans(lambda n: lineage_names(n, _frequencies().zipf, _first_names().__contains__, _FUNCTION_WORDS),
                  text) == ["أحمد بن علي", "عادي بن حسين العادي"]


def test_a_name_never_ends_with_bin_and_is_called_by_its_fathers_name():
    # مساعد ("assistant") after بن read as a title, "مساعد الرئيس العام", left the tagger's "عبد الله بن"
    body = ("قال الأمير عبد الله بن مساعد الرئيس العام لرعاية الشباب إن السنة المالية تنتهي في يونيو. "
            "وتابع بن مساعد أن القرار يعتمد على التقرير.")
    assert people_mentions(body) == {"عبد الله بن مساعد": ["عبد الله بن مساعد", "بن مساعد"]}


def test_an_ambassador_at_his_post_and_a_name_before_an_age():
    body = ("وقال السفير المصري في الخرطوم أسامة شلتوت في تصريحات صحفية أن الزيارة تهدف للتعرف على الطريق. "
            "ونقل عن كاهيل (29 عاما) قوله إن الفريق جيد، وقالت جدتها (68 سنة) إنها سعيدة.")
    people = people_mentions(body)
    assert people["أسامة شلتوت"] == ["السفير المصري", "أسامة شلتوت"]
    assert people["كاهيل"] == ["كاهيل"]
    assert not any("جدتها" in name for name in people)  # a relative, not a name
