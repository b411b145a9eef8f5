"""The event stage: the seeds' events as EXPECTED.md lists them, quotes, modality, stable ids."""

from pathlib import Path

import pytest

from worker import records
from worker.events.cameo import CAMEO_NAMES, TYPES
from worker.events.quotes import find_quotes
from worker.pipeline import enrich
from worker.records import RawArticle


def _enrich(examples_dir: Path, name: str):
    body = (examples_dir / name).read_text("utf-8")
    return body, enrich(RawArticle(source="seed", body=body, id=name))


def _labels(event, entities, roles=None) -> set[str]:
    by_id = {e["entity_id"]: e for e in entities}
    return {(by_id[a["entity_id"]]["label_en"] if a["entity_id"] in by_id else a.get("text"))
            for a in event["actors"] if roles is None or a["role"] in roles}


@pytest.fixture(scope="module")
def sputnik(examples_dir):
    return _enrich(examples_dir, "sputnik-sco-astana-2024-07-03.txt")


@pytest.fixture(scope="module")
def sana(examples_dir):
    return _enrich(examples_dir, "sana-cis-stpetersburg-2023-12-27.txt")


@pytest.mark.parametrize("seed", ["sputnik", "sana"])
def test_every_event_is_a_valid_record_with_evidence_in_the_original(seed, request):
    body, e = request.getfixturevalue(seed)
    assert e.events
    ids = [ev["event_id"] for ev in e.events]
    assert len(ids) == len(set(ids))
    for ev in e.events:
        records.validate("Event", ev)
        assert body[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
        assert ev["type"] in TYPES and (ev["cameo"] is None or ev["cameo"] in CAMEO_NAMES)
        quote = ev["attributes"].get("quote")
        if quote:
            assert body[quote["start"]:quote["end"]] == quote["text"]


def test_the_five_astana_meetings_each_with_putin(sputnik):
    _, e = sputnik
    meetings = [ev for ev in e.events if ev["type"] == "meeting" and not ev["modality"]["planned"]]
    pairs = sorted(tuple(sorted(_labels(ev, e.entities))) for ev in meetings)
    assert pairs == sorted(tuple(sorted({"Vladimir Putin", other})) for other in (
        "Ukhnaagiin Khürelsükh", "Ilham Aliyev", "Shehbaz Sharif", "Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"))
    for ev in meetings:
        assert ev["place"]["label_en"] == "Astana" and ev["date"] == {"value": "2024-07-03", "precision": "day"}
    codes = {tuple(sorted(_labels(ev, e.entities, {"target"}))): ev["cameo"] for ev in meetings}
    assert codes[("Kassym-Jomart Tokayev",)] == "042"  # the host country's president: Putin visits
    assert codes[("Ukhnaagiin Khürelsükh",)] == "044"  # Mongolia and Russia meet in Kazakhstan


def test_summit_quotes_figures_invitation_and_the_reported_plan(sputnik):
    body, e = sputnik
    by_type = {}
    for ev in e.events:
        by_type.setdefault(ev["type"], []).append(ev)
    (summit,) = by_type["summit"]
    assert _labels(summit, e.entities) == {"Shanghai Cooperation Organisation"}
    assert summit["place"]["label_en"] == "Astana"
    quotes = [ev for ev in by_type["statement"] if ev["attributes"].get("quote")]
    assert {"Vladimir Putin"} <= set().union(*(_labels(q, e.entities, {"speaker"}) for q in quotes))
    tourism = [q for q in quotes if "7 ملايين سائح" in q["attributes"]["quote"]["text"]]
    assert [_labels(q, e.entities, {"speaker"}) for q in tourism] == [{"Recep Tayyip Erdoğan"}]
    # "وعلق قائلا:" with the quote in the next paragraph
    assert any(q["attributes"]["quote"]["text"].startswith("على الرغم من كل الصعوبات") for q in quotes)
    figures = by_type["trade_figure"]
    growth = [f for f in figures if f["attributes"].get("growth_percent") == 13.0]
    assert growth and _labels(growth[0], e.entities, {"participant"}) == {"Russia", "Azerbaijan"}
    amounts = {f["attributes"]["value"]["amount"]: f for f in figures if "value" in f["attributes"]}
    assert _labels(amounts[55e9], e.entities, {"participant"}) == {"Russia", "Turkey"}
    assert amounts[100e9]["attributes"]["target"] is True
    (invite,) = by_type["invitation"]
    assert _labels(invite, e.entities, {"source"}) == {"Kassym-Jomart Tokayev"}
    assert _labels(invite, e.entities, {"target"}) == {"Vladimir Putin"}
    assert invite["date"] == {"value": "2024-11", "precision": "month"} and invite["modality"]["planned"]
    (energy,) = [ev for ev in by_type["cooperation_intent"] if "Ukhnaagiin Khürelsükh" in _labels(ev, e.entities)]
    assert energy["cameo"] == "0311"
    (plan,) = [ev for ev in by_type["meeting"] if ev["modality"]["planned"]]
    assert plan["modality"]["reported"]
    assert _labels(plan, e.entities, {"participant"}) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}
    assert _labels(plan, e.entities, {"reporter"}) == {"Dmitry Peskov"}


def test_sana_summit_meetings_reported_by_peskov_and_nothing_from_the_tail(sana):
    body, e = sana
    (summit,) = [ev for ev in e.events if ev["type"] == "summit"]
    states = _labels(summit, e.entities, {"participant"}) - {"Commonwealth of Independent States"}
    assert states == {"Russia", "Azerbaijan", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
                      "Turkmenistan", "Uzbekistan"}
    assert summit["place"]["label_en"] == "Saint Petersburg"
    meetings = [ev for ev in e.events if ev["type"] == "meeting"]
    assert sorted(tuple(sorted(_labels(ev, e.entities, {"source", "target"}))) for ev in meetings) == [
        ("Kassym-Jomart Tokayev", "Vladimir Putin"), ("Shavkat Mirziyoyev", "Vladimir Putin")]
    for ev in meetings:
        assert ev["modality"]["reported"] and _labels(ev, e.entities, {"reporter"}) == {"Dmitry Peskov"}
    (gas,) = [ev for ev in e.events if ev["type"] == "economic_cooperation"]
    assert _labels(gas, e.entities, {"source"}) == {"Gazprom"}
    tail = body.index("إقرأ أيضاً")
    assert all(ev["evidence"]["end"] <= tail for ev in e.events)


def test_event_ids_are_stable_and_a_repeated_meeting_is_one_event(examples_dir):
    body = (examples_dir / "sputnik-sco-astana-2024-07-03.txt").read_text("utf-8")
    first = enrich(RawArticle(source="seed", body=body, id="x")).events
    again = enrich(RawArticle(source="seed", body=body, id="x")).events
    assert [ev["event_id"] for ev in first] == [ev["event_id"] for ev in again]
    # "ناقش أردوغان مع بوتين" later in the text is the same Putin–Erdoğan meeting, not a sixth one
    held = [ev for ev in first if ev["type"] == "meeting" and not ev["modality"]["planned"]]
    assert len(held) == 5


def test_quotes_reopened_on_each_paragraph_are_one_quote():
    text = "قال الوزير: «الجملة الأولى.\n«الجملة الثانية.\n«الجملة الأخيرة». ثم غادر «القاعة»"
    first, second = find_quotes(text)
    assert len(first.parts) == 3
    assert text[first.start:first.end].endswith("الجملة الأخيرة") and text[second.start:second.end] == "القاعة"


def test_an_unclosed_quote_mark_is_not_a_quote():
    text = 'قال إن "الاتفاق قريب ثم أضاف «كلاما آخر»'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(text.index("كلاما"), text.index("»"))]


def test_a_straight_mark_shaped_as_an_opening_one_does_not_close_the_quote_before_it():
    text = ('وقال رئيس الحكومة التركية أحمد داود أوغلو "إن التحقيق يكشف أن التفجير انتحاري. وأضاف داود أوغلو '
            '"لكننا لم نصل إلى حكم". من جانبه، قال الرئيس التركي رجب طيب أردوغان إن الحدود "ستبقى مغلقة".')
    quoted = [text[q.start:q.end] for q in find_quotes(text)]
    assert quoted == ["لكننا لم نصل إلى حكم", "ستبقى مغلقة"]  # the first mark never closed
    assert [t for t, _ in _statements(text)] == ["وقال", "وأضاف", "قال"]


def test_names_are_not_triggers():
    body = ("استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتبه أمس "
            "الشيخ صالح بن فوزان الفوزان.")
    events = enrich(RawArticle(source="t", body=body)).events
    assert [ev["type"] for ev in events] == ["meeting"]  # فيصل is not ف + يصل ("arrives": a visit)
    assert events[0]["cameo"] == "043"  # استقبل: the subject hosts


def _told(body: str, *types: str) -> list[tuple[str, list[str]]]:
    """(type, actor texts) of each event in ``body``, of ``types`` only when given."""
    return [(ev["type"], [a["text"] for a in ev["actors"]]) for ev in enrich(RawArticle(source="t", body=body)).events
            if not types or ev["type"] in types]


def _roles(body: str, *types: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(type, trigger, (role, actor text) pairs) of each event in ``body`` of ``types``."""
    return [(ev["type"], ev["attributes"].get("trigger"), [(a["role"], a["text"]) for a in ev["actors"]])
            for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] in types]


def _statements(body: str) -> list[tuple[str, list[str]]]:
    """(trigger, speaker texts) of each statement in ``body``."""
    events = enrich(RawArticle(source="t", body=body)).events
    return [(ev["attributes"]["trigger"], [a["text"] for a in ev["actors"] if a["role"] == "speaker"])
            for ev in events if ev["type"] == "statement"]


def test_a_participle_is_a_second_act_of_speech_in_the_same_sentence():
    body = "أوضح وزير الصحة د. أحمد السالم أن المستشفيات جاهزة لاستقبال المرضى، مبيناً أن الخطة تشمل كل المدن."
    assert _statements(body) == [("أوضح", ["أحمد السالم"]), ("مبيناً", ["أحمد السالم"])]


def test_a_name_in_quotation_marks_is_the_speaker_not_a_quote():
    body = 'قال "حسين عبدالغني" لاعب فريق النصر: إن الفريق قادر على تعويض غيابه في المباراة المقبلة.'
    assert _statements(body) == [("قال", ["حسين عبدالغني"])]


def test_an_unnamed_subject_takes_no_speaker_and_ends_the_carry_over():
    body = ("قال وزير الخارجية التونسي نبيل عمار إن المحادثات كانت مثمرة. وقال مصدر مطلع إن الاجتماع المقبل "
            "تأجل. وأضاف أن الموعد الجديد لم يحدد.")
    assert _statements(body) == [("قال", ["نبيل عمار"])]  # "وأضاف" is the source's, not the minister's


def test_a_feminine_verb_does_not_take_a_man_named_after_a_masculine_role():
    body = ("فاز الهلال على النصر بهدفين، فيما أعلنت تسديدة اللاعب خالد كعبي الهدف الثاني للفريق. "
            "وقالت المتحدثة باسم النادي سارة العتيبي إن الفريق جاهز.")
    assert _statements(body) == [("وقالت", ["سارة العتيبي"])]


def test_a_family_name_alone_keeps_its_letters():
    # كمال is not ك + مال, الوابل is not ال + وابل: the article names them in full before
    body = ("أعلن الطيار حسام كمال وزير الطيران المدني أن المطارات استقبلت مئة ألف راكب. وقال كمال في بيان إن "
            "الحركة ارتفعت. واحتفلت الغرفة بحضور أمينها العام عبدالرحمن بن عبدالله الوابل. وأكد الوابل أن "
            "الغرفة حريصة على اللقاءات.")
    assert _statements(body) == [("أعلن", ["حسام كمال"]), ("وقال", ["حسام كمال"]),
                                 ("وأكد", ["عبدالرحمن بن عبدالله الوابل"])]


def _meetings(body: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    events = enrich(RawArticle(source="t", body=body)).events
    return [(ev["attributes"]["trigger"], ev["cameo"], [(a["role"], a["text"]) for a in ev["actors"]])
            for ev in events if ev["type"] == "meeting"]


def test_host_and_meet_verbs_take_their_object_without_ma():
    body = ("استقبل الأمير فيصل بن بندر في مكتبه أمس الشيخ عبدالله بن محمد المطلق. واستقبل الأمير فيصل بن بندر "
            "أمس السفير إدوارد مارتينيتي. التقى الأمين العام للجامعة العربية الدكتور نبيل العربي المبعوث الأممي "
            "ستيفان دي ميستورا في القاهرة.")
    assert _meetings(body) == [
        ("استقبل", "043", [("source", "فيصل بن بندر"), ("target", "عبدالله بن محمد المطلق")]),
        ("واستقبل", "043", [("source", "فيصل بن بندر"), ("target", "إدوارد مارتينيتي")]),  # و + host verb
        ("التقى", "040", [("source", "نبيل العربي"), ("target", "ستيفان دي ميستورا")]),
    ]


def test_a_role_word_carries_the_subject_only_when_it_was_theirs():
    body = ("قال الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية. وأضاف الرئيس أن التعاون سيستمر. "
            "وقال السفير المتحدث باسم الرئاسة إن الزيارة ناجحة.")
    assert _statements(body) == [("قال", ["عبد الفتاح السيسي"]), ("وأضاف", ["عبد الفتاح السيسي"])]


def test_spellings_of_abd_apart_and_together_are_one_person():
    body = "قال حسين عبد الغني إن الفريق جاهز. وأكد عبدالغني أن المدرب راض."
    assert _statements(body) == [("قال", ["حسين عبد الغني"]), ("وأكد", ["حسين عبد الغني"])]


def test_a_club_tagged_as_a_person_is_an_organisation():
    from worker.lang.ar.normalize import normalize
    from worker.stages.entities import _refine

    def refine(kind, name):
        return _refine(kind, tuple(normalize(w) for w in name.split()))
    assert refine("PER", "نادي النصر") == "ORG"
    assert refine("MISC", "الشركة السعودية للكهرباء") == "ORG"
    assert refine("PER", "حسين عبدالغني") == "PER"


def test_no_meeting_without_named_guests_or_hosts():
    body = ("استقبل أطفال مدينة عدن أمس أفراد القوات السعودية بالترحيب. جدير بالذكر أن مطار عدن استقبل أمس "
            "الطائرة السعودية الثانية. وأوضح أحمد قطان في لقاء مع رؤساء الصحف المصرية وعدد من الكتاب أن دور "
            "مصر والسعودية أساسي.")
    assert _meetings(body) == []  # children, an airport, "newspaper editors": no named party met
    body = "وأوضح أحمد قطان في لقاء مع الرئيس المصري عبد الفتاح السيسي أن دور مصر أساسي."
    assert _meetings(body) == [("لقاء", "040", [("source", "أحمد قطان"), ("target", "عبد الفتاح السيسي")])]


def test_a_reported_plan_for_next_week_is_a_valid_week_dated_meeting():
    body = ("قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس الروسي فلاديمير بوتين سيلتقي الرئيس التركي رجب "
            "طيب أردوغان الأسبوع المقبل في أنقرة.")
    events = enrich(RawArticle(source="t", body=body, published_at="2024-07-03T10:00:00Z")).events
    for ev in events:
        records.validate("Event", ev)  # "week" is a precision events may carry, as dates do
    by_type = {ev["type"]: ev for ev in events}
    assert by_type["statement"]["date"] == {"value": "2024-07-03", "precision": "day"}  # the day it was said
    meeting = by_type["meeting"]
    assert meeting["date"] == {"value": "2024-W28", "precision": "week"} and meeting["cameo"] == "042"
    assert meeting["modality"] == {"planned": True, "negated": False, "reported": True}
    assert [(a["role"], a["text"]) for a in meeting["actors"]] == [
        ("source", "فلاديمير بوتين"), ("target", "رجب طيب أردوغان"), ("reporter", "دميتري بيسكوف")]


def test_a_second_guest_introduced_by_wa_and_a_role_is_a_guest_too():
    body = ("استقبل الأمير فيصل بن بندر أمس عضو هيئة كبار العلماء الشيخ صالح بن فوزان الفوزان ورئيس الجمعية "
            "الخيرية لتحفيظ القرآن الكريم بالرياض الشيخ سعد بن محمد آل فريان اللذين هنآه بالعيد.")
    assert _meetings(body) == [("استقبل", "043", [("source", "فيصل بن بندر"), ("target", "صالح بن فوزان الفوزان"),
                                                  ("target", "سعد بن محمد آل فريان")])]


def test_a_title_after_an_honorific_led_name_is_theirs_later():
    body = ("استقبل الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتبه أمس الشيخ صالح بن فوزان الفوزان. "
            "كما استقبل أمير منطقة الرياض سفير جمهورية البيرو لدى المملكة إدوارد مارتينيتي.")
    assert [m[2] for m in _meetings(body)] == [
        [("source", "فيصل بن بندر بن عبدالعزيز"), ("target", "صالح بن فوزان الفوزان")],
        [("source", "فيصل بن بندر بن عبدالعزيز"), ("target", "إدوارد مارتينيتي")],  # the title is Faisal
    ]
    ents = enrich(RawArticle(source="t", body=body)).entities
    faisal = next(e for e in ents if e["canonical"] == "فيصل بن بندر بن عبدالعزيز")
    assert [m["text"] for m in faisal["mentions"] if m.get("kind") == "title"] == ["أمير منطقة الرياض"] * 2


def test_a_title_after_a_name_that_holds_another_country_is_not_theirs():
    body = ("التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الباكستاني في أستانا. "
            "وقال رئيس الوزراء الباكستاني إن اللقاء كان مثمرا.")
    ents = enrich(RawArticle(source="t", body=body)).entities
    putin = next(e for e in ents if e["label_en"] == "Vladimir Putin")
    assert [m["text"] for m in putin["mentions"] if m.get("kind") == "title"] == ["الرئيس الروسي"]
    body = "عقد الأمير محمد بن سلمان ووزير الدفاع الأمريكي اجتماعا موسعا. وأكد وزير الدفاع الأمريكي أهمية التعاون."
    ents = enrich(RawArticle(source="t", body=body)).entities
    prince = next(e for e in ents if e["canonical"] == "محمد بن سلمان")
    assert all(m.get("kind") != "title" for m in prince["mentions"])  # و: a second person, not apposition


def test_a_talk_held_by_phone_is_one_phone_call_and_the_statement_refers_back():
    body = ("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي الأربعاء، الحرب "
            "في سوريا، حسب ما أعلن البيت الأبيض، وأضاف البيان: إن الرئيسين بحثا التعاون. وأكد الرئيسان أنهما "
            "سيعززان جهودهما، وأشار البيان إلى أن «الرئيس أوباما جدد تأكيد التزام الولايات المتحدة».")
    events = enrich(RawArticle(source="t", body=body)).events
    calls = [ev for ev in events if ev["type"] == "phone_call"]
    assert [sorted(a["text"] for a in ev["actors"]) for ev in calls] == [["باراك أوباما", "رجب طيب أردوغان"]]
    assert not [ev for ev in events if ev["type"] == "meeting"]  # the call, not also a meeting
    said = [(ev["attributes"]["trigger"], sorted(a["text"] for a in ev["actors"]))
            for ev in events if ev["type"] == "statement"]
    assert said == [("أعلن", ["البيت الأبيض"]), ("وأضاف", ["البيت الأبيض"]),  # البيان: the White House's
                    ("وأكد", ["باراك أوباما", "رجب طيب أردوغان"]),  # الرئيسان: both parties to the call
                    ("وأشار", ["البيت الأبيض"])]


def test_encounters_told_one_by_one_are_one_meeting_each():
    body = ("اجتمع مدرب المنتخب الإسباني لوبيز كارو مساء الأمس في الرياض مع ثنائي فريق النصر الكابتن حسين "
            "عبد الغني والحارس عبد الله العنزي حيث بدأ لوبيز اجتماعه مع حسين عبد الغني ثم اجتمع بعد ذلك مع "
            "الحارس عبد الله العنزي.")
    assert sorted(m[2] for m in _meetings(body)) == [  # the club describes the players, who are the guests
        [("source", "لوبيز كارو"), ("target", "حسين عبد الغني")],
        [("source", "لوبيز كارو"), ("target", "عبد الله العنزي")],
    ]
    together = "اجتمع المدرب لوبيز كارو أمس مع ثنائي فريق النصر الكابتن حسين عبد الغني والحارس عبد الله العنزي."
    assert [m[2] for m in _meetings(together)] == [
        [("source", "لوبيز كارو"), ("target", "حسين عبد الغني"), ("target", "عبد الله العنزي")]]


def test_kin_speak_a_statement_said_in_a_release_is_the_speakers_and_a_family_name_is_a_person():
    body = ("وقال والد الشهيد مغرم الهلالي إن أبناءه فداء للوطن. وأصدرت الممثلة ديمي مور بيانا قالت فيه: "
            "«أشعر بصدمة تامة». وقال الشاعر عبدالرحمن الأبنودي إن درويش أهم شاعر. وأكد الأبنودي أن دنقل قامة.")
    assert [texts for _, texts in _told(body, "statement")] == [["مغرم الهلالي"], ["ديمي مور"],
                                                                ["عبدالرحمن الأبنودي"], ["عبدالرحمن الأبنودي"]]


def test_the_people_of_a_city_are_no_guests_and_a_governorate_is_a_body():
    body = ("واستقبل أمين العاصمة المقدسة د. أسامة البار بمقر الأمانة المهنئين من أهالي وأعيان مكة المكرمة. "
            "كشفت إمارة منطقة مكة المكرمة عن القبض على المتهم.")
    e = enrich(RawArticle(source="t", body=body))
    assert not [ev for ev in e.events if ev["type"] == "meeting"]
    assert [[a["text"] for a in ev["actors"]] for ev in e.events if ev["type"] == "statement"] == [
        ["إمارة منطقة مكة المكرمة"]]


def test_parties_after_bayn_and_among_a_group_and_a_call_told_again():
    body = ("من المتوقع فتح قاعدة انجرليك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي "
            "باراك أوباما. واتفق الرئيسان في اتصال هاتفي أمس على تأمين الحدود مع سورية. وقال مسؤول في "
            "الإدارة الأمريكية إن القاعدة ستفتح. وأشار إلى أنه لا تعليق. "
            "بحث وزير الدفاع الأمريكي أشتون كارتر مع قادة عسكريين وزعماء سياسيين عراقيين من بينهم رئيس "
            "الوزراء حيدر العبادي تطورات الحملة. أبلغ الرئيس الصيني شي جين بينغ ضباطا أن الفساد خطر.")
    events = enrich(RawArticle(source="t", body=body)).events
    got = [(ev["type"], sorted(a["text"] for a in ev["actors"])) for ev in events]
    assert got == [("phone_call", ["باراك أوباما", "رجب طيب أردوغان"]),  # once, and not with Syria
                   ("meeting", ["أشتون كارتر", "حيدر العبادي"]),
                   ("statement", ["شي جين بينغ"])]  # the unnamed official's words are no one's


def test_a_place_after_fi_and_nouns_and_a_counterpart_after_ma_is_no_place():
    body = ("اجتمع المدرب لوبيز كارو مساء الأمس في أحد فنادق الرياض مع الحارس عبد الله العنزي. "
            "وأجرى وزير الخارجية عادل الجبير مباحثات أمس مع وزير الخارجية الإيطالي باولو جينتيلوني في العاصمة "
            "الإيطالية روما. والتقى بوتين في إطار العلاقات مع تركيا.")
    events = [ev for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "meeting"]
    assert [(ev["place"] or {}).get("text") for ev in events] == ["الرياض", "روما", None]
    assert "تركيا" in [a["text"] for a in events[2]["actors"]]


def test_a_long_title_a_scare_quote_and_a_participle_inside_what_was_said():
    body = ("اجتمع عضو شرف الاتحاد «المؤثر» المشرف العام على كرة القدم بالنادي منصور البلوي مع مدرب الفريق "
            "الجديد الروماني لازلو بولوني لمناقشة خطة العمل. وأكد المصدر للصحيفة أن الاتفاق يتعلق فقط بقاعدة "
            "انجرليك، مشيرا إلى تراجع لافت.")
    # the subject is 11 words after the verb (the quote marks are not words); the participle
    # speaks for the unnamed source, not for a name inside the clause it reports
    assert _told(body) == [
        ("meeting", ["منصور البلوي", "لازلو بولوني"])]


def test_the_one_met_after_bi_and_an_office_the_article_never_names():
    body = ("وكشف وزير الدفاع الأمريكي أشتون كارتر أن الملك سلمان سيزور الولايات المتحدة ويلتقي بالرئيس باراك "
            "أوباما في سبتمبر. التقى الرئيس الأمريكي في واشنطن اليوم بنظيره النيجيري محمد بخاري.")
    meetings = [[(a["role"], a["text"]) for a in ev["actors"]]
                for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "meeting"]
    assert meetings == [[("source", "سلمان"), ("target", "باراك أوباما"), ("reporter", "أشتون كارتر")],
                        [("source", "الرئيس الأمريكي"), ("target", "محمد بخاري")]]


def test_an_office_binds_across_lada_and_a_describing_word_and_a_name_after_an_office():
    body = ("واستقبل الأمير فيصل بن بندر أمير منطقة الرياض أمس سفير جمهورية البيرو لدى المملكة إدوارد مارتينيتي. "
            "وقد وجه أمير منطقة مكة المكرمة خالد الفيصل الشرطة بسرعة القبض على المتهمين، مشدداً على ضرورة الأمن. "
            "التقى وزير الدفاع الأمريكي كارتر في القدس رئيس الوزراء الإسرائيلي.")
    assert _told(body) == [
        ("meeting", ["فيصل بن بندر", "إدوارد مارتينيتي"]),
        ("statement", ["خالد الفيصل"]),
        ("meeting", ["كارتر", "رئيس الوزراء الإسرائيلي"])]


def test_a_body_called_again_by_its_head_noun_an_office_of_a_club_and_according_to():
    body = ("كشفت إمارة منطقة مكة المكرمة عن إلقاء القبض على أحد الأشخاص. وأوضحت الإمارة أنه اعترف. "
            "أعلنت إدارة كرة القدم بنادي النصر التنظيمات الإعلامية للموسم. "
            "واتفق الرئيسان على العمل سويا، وفقا لما ذكره البيت الأبيض. وقالت الشرطة إن الشاب غرق.")
    speakers = [texts for _, texts in _told(body, "statement")]
    # no police was named before "وقالت الشرطة": the police speak as a body of their own
    assert speakers == [["إمارة منطقة مكة المكرمة"], ["إمارة منطقة مكة المكرمة"], ["نادي النصر"], ["البيت الأبيض"],
                        ["الشرطة"]]


def test_an_office_of_a_body_an_unnamed_official_and_a_party_leader_called_by_his_title():
    body = ("وأوضح المركز الإعلامي في مديرية الأمن العام في الأردن في بيان اليوم، أن العاملين ضبطوا الحبوب. "
            "واتفق الرئيسان على العمل سويا، وفقا لما ذكره البيت الأبيض. "
            "وقال مسؤول في الإدارة الأمريكية لصحيفة \"حريت\" التركية إنه من المتوقع فتح القاعدة. "
            "استقبل الملك سلمان بن عبدالعزيز رئيس حزب القوات اللبنانية سمير جعجع. "
            "وأعرب رئيس حزب القوات اللبنانية عن شكره للمملكة. "
            "من جانب آخر، أوضحت شركة \"بوبا العربية\" شريك النادي عن تعرض اللاعب لكدمة.")
    speakers = [texts for _, texts in _told(body, "statement")]
    # the official is nobody named: not the White House quoted before him
    assert speakers == [["مديرية الأمن العام"], ["البيت الأبيض"], ["سمير جعجع"], ["بوبا العربية"]]


def test_a_paper_speaks_by_its_name_and_again_as_the_paper_and_a_quote_reported_with_al_qawl():
    body = ('وذكرت صحيفة "ذا ناشيونال" الإماراتية أن المتهمين قابلا تاجرين. وقالت الصحيفة إن المحكمة أقرت الأحكام. '
            "ونقلت الإذاعة الإسرائيلية عن نتنياهو القول إن الاتفاق خطأ.")
    speakers = [[a["text"] for a in ev["actors"] if a["role"] == "speaker"]
                for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "statement"]
    assert speakers == [["ذا ناشيونال"], ["ذا ناشيونال"], ["نتنياهو"]]


def test_his_meeting_a_host_titled_at_length_and_a_chain_of_titles_is_one_person():
    body = ("وقال سمير جعجع غداة لقائه خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في جدة إن إيران عطلت "
            "الانتخابات. واجتمع الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
            "الدفاع السعودي مع جعجع مساء أمس. استقبل سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة "
            "البحوث العلمية والإفتاء الشيخ عبدالعزيز بن عبدالله آل الشيخ اليوم معالي رئيس ديوان المظالم الشيخ "
            "الدكتور خالد بن محمد اليوسف.")
    e = enrich(RawArticle(source="t", body=body))
    assert "وزير الدفاع السعودي" not in {x["canonical"] for x in e.entities}  # the prince's own title
    assert [[a["text"] for a in ev["actors"]] for ev in e.events if ev["type"] == "meeting"] == [
        ["سمير جعجع", "سلمان بن عبدالعزيز آل سعود"], ["محمد بن سلمان", "سمير جعجع"],
        ["عبدالعزيز بن عبدالله آل الشيخ", "خالد بن محمد اليوسف"]]


def test_speech_verb_objects_pronoun_prepositions_praise_and_the_dead_received():
    body = ("وستختفي الأكياس بفضل مبادرة جديدة أعلن عنها وزير البيئة النيوزيلندي نيك سميث. "
            "وقال الوزير إن الزيارة التي لم يعلن عنها مسبقا انتهت. "
            "استقبل وزير العدل الشيخ الدكتور وليد بن محمد الصمعاني اليوم وزير الإسكان ماجد بن عبدالله الحقيل، "
            "وأكد دعم وزارته لإستراتيجية الإسكان. وأشاد الحقيل بالتعاون مع وزارة العدل. "
            "استقبل اللواء خالد بن عواض المطيري جثمان الشهيد سامي بن معوض الحربي بمطار المدينة.")
    assert _told(body, "meeting", "statement") == [
        ("statement", ["نيك سميث"]),  # the subject after "أعلن عنها"
        ("statement", ["نيك سميث"]),  # "وقال الوزير" is him again; "لم يعلن عنها" has no subject
        ("meeting", ["وليد بن محمد الصمعاني", "ماجد بن عبدالله الحقيل"]),
        ("statement", ["وليد بن محمد الصمعاني"]),  # "دعم" is what he affirmed, not who
        ("statement", ["ماجد بن عبدالله الحقيل"])]  # praise is a statement; the fallen officer's body is no guest


def test_speech_verbs_of_two_senses_speak_only_with_a_speaker():
    body = ("قال مارك زوكربيرغ، الرئيس التنفيذي لشركة فيسبوك، إنه ينتظر مولودا. وكتب على صفحته إنهما حاولا "
            "الإنجاب، لكن تشان تعرضت للإجهاض. وتحدث زوكربيرغ عن المشاعر التي كانت تنتابه. وكتب عن الأمل الذي "
            "كان يحدوهما عند معرفتهما بحمل بريسيلا تشان. وأما أمس فقد تحدث أمام الاتحاد الأفريقي حول الحاجة "
            "للتصدي للإرهاب. واشترى كتب الأطفال. ولم يكن حرقا لكتب ابن حيان.")
    # "إنهما … لكن تشان" and "عن … تشان" are what he wrote, not who wrote it; "تحدث أمام الاتحاد" has no
    # speaker of its own there, "كتب الأطفال" are books
    assert _statements(body) == [("قال", ["مارك زوكربيرغ"]), ("وكتب", ["مارك زوكربيرغ"]),
                                 ("وتحدث", ["مارك زوكربيرغ"]), ("وكتب", ["مارك زوكربيرغ"])]


def test_going_on_and_according_to():
    body = ("وقال وزير البيئة نيك سميث إن المبادرة جديدة. ووفقا لسميث فإن خطة مماثلة طبقت في أستراليا. "
            "وتابع سميث \"هذا النهج أكثر عقلانية من الحظر\". وتابع الوزير أعمال اللجنة في الوزارة. "
            "ووفقا للقانون فإن ذلك ممنوع. وبحسب الشرطة فإن اللص هرب.")
    assert _statements(body) == [("وقال", ["نيك سميث"]), ("ووفقا", ["نيك سميث"]), ("وتابع", ["نيك سميث"]),
                                 ("وبحسب", ["الشرطة"])]  # following the committee's work is no saying


def test_a_bare_minister_is_the_one_named_in_a_narrower_office():
    body = ("أكد وزير الدفاع الأمريكي آش كارتر أن إيران تهدد المنطقة. وتابع الوزير الأمريكي أن مباحثاته في جدة "
            "ركزت على الأمن. وقال رئيس الوزراء الباكستاني نواز شريف إن الوضع جيد. وقال الرئيس الباكستاني إن "
            "الخطة ناجحة.")
    assert _statements(body) == [("أكد", ["أشتون كارتر"]), ("وتابع", ["أشتون كارتر"]),
                                 ("وقال", ["نواز شريف"]), ("وقال", ["الرئيس الباكستاني"])]  # a president is no PM


def test_an_office_and_its_name_with_more_between():
    body = ("أكد وزير التعليم المصري السابق الدكتور محمود أبو النصر ذلك العدد. وكتب وزير الدولة الإماراتي للشؤون "
            "الخارجية أنور قرقاش أن الأمر مهم. والتقى سفير جمهورية ألبانيا لدى المملكة سمير شيبا الوزير. وقال "
            "السفير الألباني إن الأمر مهم. واستطرد يقول: «السياحة تنمو».")
    assert _statements(body) == [("أكد", ["محمود أبو النصر"]), ("وكتب", ["أنور قرقاش"]), ("وقال", ["سمير شيبا"]),
                                 ("يقول", ["سمير شيبا"])]  # (يقول is no unnamed subject of استطرد)


def test_a_role_phrase_that_introduced_a_person_is_them_again_and_expressing_is_saying():
    body = ("قام المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلاو بزيارة إلى عدن. والتقى المسؤول الأممي محافظ "
            "عدن. وخلال اللقاء عبر المنسق الإنساني للأمم المتحدة في اليمن عن سروره البالغ. وقال إن الزيارة رسالة "
            "تضامن، معبراً عن سعادته. ووصلت المساعدات عبر الحدود عن طريق البحر.")
    # the coordinator, not the UN he coordinates for; عبر الحدود is "across"
    assert _statements(body) == [("عبر", ["يوهانس فانديلاو"]), ("وقال", ["يوهانس فانديلاو"]),
                                 ("معبراً", ["يوهانس فانديلاو"])]


def test_an_office_again_an_affirmed_verbal_noun_and_a_chain_of_honorifics():
    body = ("قال المركز الإعلامي في مديرية الأمن العام الأردنية إن فريقا خاصا تولى المراقبة. وتابع المركز الإعلامي بأن "
            "الفريق تمكن من القبض على المشتبه به. من جانبه، نقل وزير الدفاع الأمريكي آشتون كارتر لخادم الحرمين "
            "الشريفين تحيات الرئيس الأميركي باراك أوباما، وأكد حرص واشنطن على تعزيز السلام. وكشف الناطق الإعلامي "
            "لشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي عن رصد مقطع. وأكد القرشي أنه لم يرد بلاغ.")
    assert _statements(body) == [
        ("قال", ["مديرية الأمن العام الأردنية"]), ("وتابع", ["مديرية الأمن العام الأردنية"]),
        ("وأكد", ["أشتون كارتر"]),  # the sentence's subject; Washington is whose care he affirmed
        ("وكشف", ["عاطي بن عطية القرشي"]), ("وأكد", ["عاطي بن عطية القرشي"])]  # no دكتور, no town قرشي


def test_places_named_after_people_accusatives_and_accredited_ambassadors():
    body = ("التقى مدير الشؤون الصحية حسين بن الراوي بالمدير التنفيذي لمدينة الأمير محمد بن عبدالعزيز الطبية بالجوف "
            "الدكتور إبراهيم العريفي. عقد الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع السعودي اجتماعًا ثنائيًا "
            "موسعا مع وزير الدفاع الأمريكي آشتون كارتر. استقبل الأمير فيصل بن بندر أمير منطقة الرياض أمس سفير "
            "جمهورية باكستان لدى المملكة منظور الحق.")
    # not the prince the medical city is named after; اجتماعا is no name
    assert _told(body, "meeting") == [("meeting", ["حسين بن الراوي", "إبراهيم العريفي"]),
                                      ("meeting", ["محمد بن سلمان", "أشتون كارتر"]),
                                      ("meeting", ["فيصل بن بندر", "منظور الحق"])]


def test_he_a_relative_clause_and_no_subject_in_a_prepositional_phrase():
    body = ("دافع رئيس الوزراء الإيطالي ماتيو رينزي أمس عن الاتفاق النووي مع إيران، ولكنه أكد تفهمه للمخاوف "
            "الإسرائيلية. وقال أمام الكنيست الإسرائيلي: «نعتقد أن هذا الاتفاق حل وسط». وقال رينزي، الذي التقى "
            "الرئيس الفلسطيني محمود عباس في الضفة الغربية مساء الثلاثاء: «أتفهم مخاوفكم».")
    # (تفهمه is what he affirmed, the Knesset is where he spoke, and he is the one who met Abbas)
    assert _told(body, "statement", "meeting") == [
        ("statement", ["ماتيو رينزي"]), ("statement", ["ماتيو رينزي"]), ("statement", ["ماتيو رينزي"]),
        ("meeting", ["ماتيو رينزي", "محمود عباس"])]


def test_his_talks_a_family_received_a_lineage_name_a_ministry_and_thanks():
    body = ("وقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي عقده عقب مباحثاته مع الرئيس الفلسطيني محمود عباس "
            "اليوم إن المباحثات مثمرة. استقبل الأمير فيصل بن خالد أمير منطقة عسير اليوم أسرة شيخ قبائل أكلب الشيخ "
            "سعيد بن عبدالله آل عطيان الذي وافته المنية. شدد الأمير علي بن الحسين على عدم مشاركة بلاتر. ونقلت وسائل "
            "الإعلام عن المتحدث باسم وزارة الخارجية القول إن المقارنة غير منطقية. التقى وزير التعليم الدكتور عزام "
            "الدخيل وزير الإسكان ماجد الحقيل. من جهته شكر الدكتور ماجد الحقيل الوزير على حسن الاستقبال. وقدم شكر "
            "الله للجميع.")
    assert _told(body, "statement", "meeting") == [
        ("statement", ["سامح شكري"]), ("meeting", ["سامح شكري", "محمود عباس"]),  # his talks with Abbas
        # the late sheikh's family is no named guest; علي is no على
        ("statement", ["علي بن الحسين"]), ("statement", ["وزارة الخارجية"]),
        ("meeting", ["عزام الدخيل", "ماجد الحقيل"]), ("statement", ["ماجد الحقيل"])]  # شكر الله is thanks, a noun


def test_expressing_needs_a_named_or_titled_subject():
    body = ("وقال الرئيس الكيني أوهورو كنياتا إن المركز آمن. وكان الزبائن ينتظرون الدخول عبر أجهزة الكشف عن المعادن. "
            "وعبر عن سعادته بافتتاح المركز.")
    assert _statements(body) == [("وقال", ["أوهورو كنياتا"]), ("وعبر", ["أوهورو كنياتا"])]  # عبر أجهزة: through


def test_an_unclosed_quote_a_welcomed_guest_and_explaining():
    body = ("قال وزير الدفاع البريطاني مايكل فالون إن الضربات ستمدد. ونقل موقع بي بي سي عن فالون أن \"الطائرات "
            "البريطانية ساعدت القوات العراقية.   وأوضح: \"نريد ضمان المحافظة على وتيرة العمليات\". "
            "استقبل الأمير فيصل بن خالد أمير منطقة عسير رئيس مجموعة الجريسي عبدالرحمن بن علي الجريسي. ورحب سمو "
            "أمير منطقة عسير بالجريسي.")
    # relayed by the site; the first quote never closes: وأوضح is outside it; the one welcomed is no subject
    assert _statements(body) == [("قال", ["فالون"]), ("ونقل", ["فالون"]), ("وأوضح", ["فالون"]),
                                 ("ورحب", ["فيصل بن خالد"])]


def test_deeming_a_surname_after_an_honorific_and_talks_between_two_long_titles():
    body = ("وعد الأمين العام للجامعة العربية الدكتور نبيل العربي في بيان اليوم نتائج الزيارة خطوة كبيرة. "
            "وشدد على أن مباحثات القاهرة بين صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع وفخامة رئيس جمهورية مصر العربية عبد الفتاح السيسي مثمرة. "
            "وأكد الدكتور العربي أن الخطوة مهمة.")
    assert _told(body, "statement", "meeting") == [
        ("statement", ["نبيل العربي"]), ("statement", ["نبيل العربي"]),  # وعدّ: deemed
        ("meeting", ["محمد بن سلمان", "عبد الفتاح السيسي", "نبيل العربي"]),  # reported by him; مصر is no party
        ("statement", ["نبيل العربي"])]  # الدكتور العربي: the surname, not the adjective


def test_a_report_relayed_from_a_named_source_and_moving_things():
    body = ("ونقلت وكالة رويترز عن الرئيس باراك أوباما قوله إن الاتفاق جيد. وزار وزير الدفاع البريطاني مايكل فالون "
            "بغداد. ونقل موقع هيئة الإذاعة البريطانية "
            "\"بي بي سي\" عن \"فالون\" الذي يزور العراق حالياً، أن الطائرات ساعدت القوات. وتم نقل المصابين عن "
            "طريق الإسعاف إلى المستشفى.")
    # قوله tells the first (one statement, not two); the moved wounded say nothing
    assert _told(body, "statement") == [("statement", ["باراك أوباما", "رويترز"]),
                                        ("statement", ["فالون", "هيئة الإذاعة البريطانية"])]


def test_explaining_is_a_verb_only_with_what_was_said_after_it():
    body = ("وبين وزير الصحة الدكتور خالد الفالح أن الوضع مستقر. وجرى اتصال هاتفي بين الرئيسين التركي رجب طيب "
            "أردوغان والأمريكي باراك أوباما. وأكد أن هدف البرنامج تبادل الآراء بين الجامعات المشاركة، لافتا إلى "
            "الجهد الكبير. لكن بين «أتولييه فرساتشي» وزهير مراد كانت هناك عروض.")
    # بين the preposition neither ends the call's clause nor speaks
    assert _told(body, "statement", "phone_call") == [
        ("statement", ["خالد الفالح"]), ("phone_call", ["رجب طيب أردوغان", "باراك أوباما"]),
        ("statement", ["رجب طيب أردوغان"]), ("statement", ["رجب طيب أردوغان"])]


def test_a_call_received_from_someone_and_the_king_by_his_office_and_given_name():
    body = ("اطلع خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، على تفاصيل العمليات. جاء ذلك خلال اتصال هاتفي "
            "تلقاه الملك سلمان من الرئيس التركي رجب طيب إردوغان، حيث أكد خادم الحرمين الشريفين تنديد بلاده "
            "بالأعمال الإرهابية. وبيّن الملك سلمان، أن العمليات خطر.")
    calls = [e for e in enrich(RawArticle(source="t", body=body)).events if e["type"] == "phone_call"]
    assert [[a["role"] for a in e["actors"]] for e in calls] == [["source", "target"]]  # the caller is the source
    assert _told(body, "statement", "phone_call") == [
        ("phone_call", ["رجب طيب أردوغان", "سلمان بن عبدالعزيز آل سعود"]),
        ("statement", ["سلمان بن عبدالعزيز آل سعود"]), ("statement", ["سلمان بن عبدالعزيز آل سعود"])]


def test_a_role_of_a_named_body_a_union_showing_a_feeling_and_a_statement_frame():
    body = ("استقبل الأمير فيصل بن خالد أمير منطقة عسير وكيل إمارة منطقة الرياض عبدالله بن مجدوع القرني. "
            "وأوضح وكيل إمارة منطقة الرياض أن المنطقة جميلة. "
            "قرر اتحاد الكرة الجزائري منع التعاقد. وقال الاتحاد في بيان إن القرار نهائي. "
            "وأبدى رئيس النادي الدكتور عبدالله الحيدري رضاه عن الأداء. وقال معاليه في تصريح صحافي: \"نعتز بها\". ونوه بأن الهيئة مهمة.")
    assert _statements(body) == [
        ("وأوضح", ["عبدالله بن مجدوع القرني"]),  # the role he was introduced with, not the emirate
        ("وقال", ["اتحاد الكرة الجزائري"]),  # the union named by its head noun again
        ("وأبدى", ["عبدالله الحيدري"]), ("وقال", ["عبدالله الحيدري"]),
        ("ونوه", ["عبدالله الحيدري"])]  # في تصريح: the frame of وقال, no act (nor subject) of its own


def test_the_former_of_two_and_a_companion_are_no_carried_subject():
    body = ("قدم عضو شرف نادي الفتح راشد عبدالمنعم الراشد دعما ماديا. من جهة ثانية وصل رئيس الفتح إلى تونس برفقة "
            "الراشد، واجتمع الأول بلاعبي الفريق، وأكد على أهمية المرحلة.")
    assert _statements(body) == []  # the club's unnamed president speaks, not the one with him


def test_a_lineage_name_a_meeting_that_brought_two_together_and_a_chaired_meeting():
    body = ("اجتمع مدير الشؤون الصحية بحفر الباطن عادي بن حسين العادي بالطواقم الفنية. وأكد العادي أن المشاركة واجب. "
            "اتفق الدكتور نبيل العربي الأمين العام لجامعة الدول العربية خلال اللقاء الذى جمعه مؤخرا بالدكتور عبدالواحد "
            "النبوي وزير الثقافة المصري، على أهمية الثقافة. وتم خلال اللقاء الذي عقد أمس بحث الثقافة. "
            "تعقد لجنة مبادرة السلام العربية غدا اجتماعا طارئا برئاسة وزير الخارجية المصري سامح شكري، ومشاركة "
            "الرئيس الفلسطيني محمود عباس.")
    assert _told(body, "statement", "meeting") == [
        ("statement", ["عادي بن حسين العادي"]),  # عادي ("ordinary") is a name before بن and a known first name
        ("meeting", ["نبيل العربي", "عبدالواحد النبوي"]),  # "اللقاء الذي عقد أمس" is that meeting told again
        ("meeting", ["لجنة مبادرة السلام العربية", "سامح شكري", "محمود عباس"])]


def test_a_role_named_again_with_an_honorific_refers_to_whom_it_introduced():
    body = ("استقبل معالي وزير العدل الشيخ الدكتور وليد بن محمد الصمعاني اليوم معالي وزير الإسكان الأستاذ ماجد بن "
            "عبدالله الحقيل. وأكد معالي الدكتور الصمعاني دعم الوزارة. فيما أشاد معالي وزير الإسكان بالتعاون. "
            "وأوضح بيدرو سالغادو رئيس بلدية المنطقة أن العقاب سيطبق. وقال رئيس البلدية إن النفايات كثيرة.")
    assert _statements(body) == [("وأكد", ["وليد بن محمد الصمعاني"]), ("أشاد", ["ماجد بن عبدالله الحقيل"]),
                                 ("وأوضح", ["بيدرو سالغادو"]), ("وقال", ["بيدرو سالغادو"])]


def test_the_pair_meeting_a_third_a_subject_after_kan_and_explaining_after_a_title():
    body = ("يلتقي وزير الخارجية الاميركي جون كيري اليوم نظيره الروسي سيرغي لافروف في كوالالمبور. واجتمع "
            "الدبلوماسيان يوم الاثنين في الدوحة مع وزير الخارجية السعودي عادل الجبير. "
            "وكانت قيادة القوات المشتركة في اليمن، أعلنت في بيان لها أمس استشهاد سيف يوسف أحمد الفلاسي. "
            "وبين الدكتور سعد منيف الكثيري رئيس قسم شؤون المعلمين أن المقابلات مقسمة.")
    assert _told(body, "statement", "meeting") == [
        ("meeting", ["جون كيري", "سيرغي لافروف"]),
        ("meeting", ["جون كيري", "سيرغي لافروف", "عادل الجبير"]),  # the two of the last meeting, and a third
        # the command announced, not the fallen soldier after the verb
        ("statement", ["قيادة القوات المشتركة"]), ("statement", ["سعد منيف الكثيري"])]


def test_a_speaker_named_after_the_verb_and_a_relative_after_a_title():
    body = ("وقال محمد عبد السلام، الناطق باسم الحوثيين، إن الغارات كثيرة. ومن بين هؤلاء عالم الاجتماع هرمز "
            "مسعودي، الذي قال: «لا يمكن أن نغفل ذلك». التقت «صحتك» الدكتور ممدوح سبحي استشاري أمراض القلب "
            "بمستشفى الملك فهد بجدة الذي أوضح أن أمراض القلب كثيرة. وسيخلف الدكتور ممدوح سبحي سويت بريار، التي "
            "أعرب الأمين العام عن امتنانه لها.")
    assert _statements(body) == [("وقال", ["محمد عبد السلام"]), ("قال", ["هرمز مسعودي"]),
                                 ("أوضح", ["ممدوح سبحي"])]  # (not الذي: the hospital ends before it)
    # the last verb names its own subject, the one the relative is about is its object


def test_the_one_interviewed_speaks_and_an_unnamed_subject_before_the_verb_does_not():
    body = ("قال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وفي حديث لي مع فاليري لينسي، المديرة التنفيذية "
            "للمشروع، قالت إن الوثيقة تركت مساحة. لكن مصادر مطلعة من السويداء، كشفت أن الوساطات مستمرة.")
    speakers = [names for _, names in _statements(body)]
    assert speakers[0] == ["جون كيري"] and len(speakers) == 2 and "لينسي" in speakers[1][0]  # not the sources


def test_thanks_offered_going_to_meet_someone_and_a_meeting_told_again():
    body = ("التقى سفير خادم الحرمين الشريفين لدى كندا نايف بن بندر السديري رئيس الوزراء الكندي ستيفين هاربر. "
            "وتناول اللقاء بحث سبل التعاون بين المملكة العربية السعودية وكندا. "
            "قال رئيس الوزراء التركي أحمد داود أوغلو في مؤتمر صحفي قبل ان يتوجه الى اسطنبول للقاء الرئيس التركي "
            "رجب طيب إردوغان إن العمليات ستستمر. من جانبه، رفع العميد مانع عبدالله العتيبي شكره وتقديره لسمو "
            "المحافظ. وأبدى وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري إعجابه بالمهرجان، وقال: \"نرغب في "
            "المزيد\". وتم رفع الأسعار.")
    assert _told(body, "statement", "meeting") == [
        ("meeting", ["نايف بن بندر السديري", "ستيفين هاربر"]),  # (بحث … بين المملكة وكندا: that meeting again)
        ("statement", ["أحمد داود أوغلو"]), ("meeting", ["أحمد داود أوغلو", "رجب طيب أردوغان"]),
        ("statement", ["مانع عبدالله العتيبي"]),  # thanks offered (not "رفع الأسعار")
        ("statement", ["حامد بن مالح الشمري"]), ("statement", ["حامد بن مالح الشمري"])]


def test_for_his_part_a_role_of_a_place_and_a_source_behind_a_media_word():
    body = ("استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية السفير الكوري لدى "
            "المملكة كيم جين سو. وأشاد السفير الكوري بالتطور الاقتصادي. من جانبه أكد سموه دعم حكومة خادم الحرمين "
            "الشريفين للاستثمار. وكان في استقبال الطائرة مدير مطار الجوف عبدالمحسن المضيان. وأوضح مدير مطار "
            "الجوف أن الرحلات ستزيد. وحدد بايدن موعدا لقراره، وفقا لصحيفة \"واشنطن بوست\".")
    assert _told(body, "statement") == [
        ("statement", ["كيم جين سو"]),
        ("statement", ["سعود بن نايف بن عبدالعزيز"]),  # for his part: the host, not the ambassador who spoke last
        ("statement", ["عبدالمحسن المضيان"]),  # the role he was introduced with, of a place
        ("statement", ["واشنطن بوست"])]


def test_a_ministry_speaks_about_its_minister_and_a_title_after_kan():
    body = ("قالت وزارة الخارجية الروسية اليوم إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا ثلاثيا مع "
            "نظيريه الأمريكي جون كيري والسعودي عادل الجبير. وتأتي زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا "
            "موغيريني في إطار الجهود. وكانت وزيرة خارجية الاتحاد الأوروبي أكدت أن الاتفاق مهم.")
    assert _told(body, "statement", "meeting") == [
        ("statement", ["وزارة الخارجية الروسية"]),  # the feminine verb is the ministry's, not the minister's
        # و + nationality joins the second counterpart; reported by the ministry
        ("meeting", ["سيرغي لافروف", "جون كيري", "عادل الجبير", "وزارة الخارجية الروسية"]),
        ("statement", ["فيديريكا موغيريني"])]  # the title between كان and the verb introduced her


def test_a_feminine_participle_and_talks_with_unnamed_officials():
    body = ("وقالت المصادر إن موغيريني سوف تجري مباحثات مع المسؤولين في المملكة حول نتائج الاتفاق النووي مع إيران. "
            "وكانت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني أكدت أن الاتفاق مهم، معتبرة أنه سيحقق "
            "الاستقرار في المنطقة.")
    assert _told(body, "statement", "meeting") == [  # the talks are with officials no one named, not with Iran
        ("statement", ["فيديريكا موغيريني"]), ("statement", ["فيديريكا موغيريني"])]


def test_a_council_named_by_function_and_country_speaks_and_according_to_him_has_no_reporter():
    body = ("أكد مجلس الوزراء السعودي، أمس، أن القرار يخدم استقرار السوق. وقال مجلس اللاجئين النرويجي إن آسيا "
            "معرضة للكوارث. وكان رئيس مجلس محافظة السليمانية، أحمد الخالدي، قد هدد بإعلان المحافظة إقليما، "
            "على حد قوله.")
    assert [(trigger, roles) for _, trigger, roles in _roles(body, "statement")] == [
        ("أكد", [("speaker", "مجلس الوزراء السعودي")]), ("وقال", [("speaker", "مجلس اللاجئين النرويجي")]),
        ("قوله", [("speaker", "أحمد الخالدي")])]  # the council he chairs reports nothing


def test_a_lineage_of_two_given_names_and_the_one_in_charge_of_something():
    body = ("أكد أحمد بن علي رئيس نادي الاتفاق المكلف أن جميع اللاعبين تسلموا رواتبهم. وأوضح المسؤول عن تلك "
            "الورشة سيف الدين سليم، أن دورها لا يقتصر على الإصلاح.")
    assert _statements(body) == [("أكد", ["أحمد بن علي"]), ("وأوضح", ["سيف الدين سليم"])]


def test_a_mayor_named_after_his_office_an_interview_and_praise():
    body = ("حذر رئيس بلدية روما أنياسيو ماريانو أمس من مخاطر الإرهاب. وقال ماريانو في لقاء مع قناة السعودية "
            "الإخبارية إن المدينة مستعدة. وأثنى ماريانو على الشرطة.")
    assert _told(body, "statement", "meeting") == [  # an interview with a channel is no meeting
        ("statement", ["أنياسيو ماريانو"])] * 3
    people = [e for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "PER"]
    assert [e["canonical"] for e in people] == ["أنياسيو ماريانو"]  # one person, not a place
    bodies = {e["canonical"] for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "ORG"}
    assert "بلدية روما" in bodies  # not ب + لدية


def test_a_role_after_a_name_refers_to_him_and_a_name_after_a_preposition_introduces_no_one():
    body = ("بعث الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد برقية إلى الرئيس. وقال سمو ولي ولي العهد في "
            "نص برقيته إن الزيارة ناجحة. استقبل محافظ الخرج شبيلي بن مجدوع آل مجدوع سامي المطيري. ورحب المحافظ "
            "في بداية اللقاء بالمطيري. وقدم محافظ الخرج شكره الجزيل لسامي المطيري.")
    assert _statements(body) == [("وقال", ["محمد بن سلمان"]), ("ورحب", ["شبيلي بن مجدوع آل مجدوع"]),
                                 ("وقدم", ["شبيلي بن مجدوع آل مجدوع"])]


def test_offices_in_a_chain_a_given_name_left_out_and_a_report_of_what_he_said():
    body = ("التقى الشيخ محمد بن زايد آل نهيان اليوم نائب الرئيس اليمني رئيس الوزراء خالد محفوظ بحاح الذي يزور "
            "الإمارات. قال وزير الخارجية التركي مولود جاويش أوغلو إن الطائرات وصلت. ونقلت وكالة أنباء "
            '"الأناضول" التركية عنه القول إن القاعدة فتحت.')
    assert [(kind, roles) for kind, _, roles in _roles(body, "meeting", "statement")] == [
        ("meeting", [("source", "محمد بن زايد آل نهيان"), ("target", "خالد محفوظ بحاح")]),
        ("statement", [("speaker", "جاويش أوغلو")]),
        ("statement", [("speaker", "جاويش أوغلو"), ("reporter", "الأناضول")])]


def test_a_coalition_command_speaks_and_an_office_after_a_name_is_not_its_surname():
    body = ("أعلنت قيادة قوات التحالف بدء هدنة إنسانية. وأكدت قيادة التحالف وقف العمليات العسكرية. استقبل الأمير "
            "محمد بن سلمان بن عبد العزيز ولي ولي العهد المهنئين. وعبر ولي ولي العهد عن تقديره لمنسوبي الوزارة. "
            "وأدان رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق.")
    assert _statements(body) == [("أعلنت", ["قيادة قوات التحالف"]), ("وأكدت", ["قيادة التحالف"]),
                                 ("وعبر", ["محمد بن سلمان"]), ("وأدان", ["بنيامين نتنياهو"])]
    people = {e["canonical"] for e in enrich(RawArticle(source="t", body=body)).entities if e["type"] == "PER"}
    assert "ولي" not in people


def test_expressing_past_a_call_and_talking_by_office():
    body = ("وعبر رئيس إقليم كردستان مسعود بارزاني في اتصال هاتفي مع رئيس الوزراء التركي أحمد داود أوغلو عن "
            "استيائه من الأوضاع. قال الرئيس الأمريكي باراك أوباما اليوم إن كينيا أعطت لحياته معنى. وتحدث الرئيس "
            "بحرارة عن علاقته الشخصية بمسقط رأس والده.")
    assert [t for t, _ in _statements(body)] == ["وعبر", "قال", "وتحدث"]
    assert [s for _, s in _statements(body)][2] == ["باراك أوباما"]


def test_a_second_guest_whose_role_names_a_place():
    body = ("استقبل الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير أمس أمين منطقة عسير صالح بن عبدالعزيز "
            "القاضي، ورئيس المجلس البلدي بمنطقة تبوك الدكتور وليد بن محمد الحميدي، وعددًا من أعضاء المجلس.")
    assert _told(body, "meeting") == [
        ("meeting", ["فيصل بن خالد بن عبدالعزيز", "صالح بن عبدالعزيز القاضي", "وليد بن محمد الحميدي"])]


def test_a_person_by_given_name_and_a_colleague_who_receives():
    body = ("وقال رئيس شرطة مكافحة المخدرات مختار شريف إن رجال الشرطة صادروا الهيروين. وأضاف مختار أن الحاويات "
            "جاءت من كراتشي. فقال لي إن الحملة مستمرة. استقبل الزميل رئيس التحرير راشد الراشد بمكتبه أمس الأستاذ "
            "عبدالله بن محمد آل الشيخ.")
    assert _told(body, "statement", "meeting") == [
        ("statement", ["مختار شريف"]), ("statement", ["مختار شريف"]),
        ("statement", ["مختار شريف"]),  # carried over: لي (to me) is no given name
        ("meeting", ["راشد الراشد", "عبدالله بن محمد آل الشيخ"])]


def test_going_to_discuss_with_someone_and_the_pair_meeting_a_third_again():
    body = ("أعلنت وزارة الخارجية الروسية أن وزير الخارجية السعودي عادل الجبير سيزور موسكو الثلاثاء لمناقشة النزاع "
            "في سوريا مع نظيره الروسي سيرغي لافروف. وكان الوزيران التقيا في قطر خلال اجتماع ثلاثي مع نظيرهما "
            "الأمريكي جون كيري. وتناول الاجتماع لبحث سبل التعاون.")
    assert _told(body, "meeting") == [("meeting", ["عادل الجبير", "سيرغي لافروف", "وزارة الخارجية الروسية"]),
                                      ("meeting", ["عادل الجبير", "سيرغي لافروف", "جون كيري"])]


def test_a_person_visited_is_met_and_so_is_a_body_met_by_the_one_speaking():
    body = ("وزار الرئيس التنفيذي للشركة سهيل بن فرج الحمد العامل الآسيوي نوشاد مقصود أحمد الذي يتلقى العلاج في جدة. "
            "وزار الوزير خالد الفالح مستشفى الملك فهد أمس. "
            "قال الأمير عبد الله بن مساعد إن السنة المالية تنتهي في يونيو. وتابع بن مساعد عقب اجتماعه باتحاد القدم "
            "أن القرار يعتمد على التقرير.")
    assert _roles(body, "meeting") == [
        ("meeting", "وزار", [("source", "سهيل بن فرج الحمد"), ("target", "نوشاد مقصود أحمد")]),
        ("meeting", "اجتماعه", [("source", "عبد الله بن مساعد"), ("target", "اتحاد القدم")])]  # not the hospital
    assert ("وتابع", ["عبد الله بن مساعد"]) in _statements(body)  # what he said follows when he said it


def test_thanks_conveyed_praise_by_participle_and_a_goal_added():
    body = ("استقبل الأمير فيصل بن خالد أمير منطقة عسير اللواء جمعان الغامدي. ورحب سموه باللواء الغامدي، متمنياً له "
            "طيب الإقامة، مشيداً بالجهود التي يبذلها الأمن العام. ووجه الوزير خالد الفالح الشكر للعاملين. "
            "ووجه الفالح بتقديم أفضل عناية طبية. وأضاف خالد الكعبي هدف الهلال الثاني في الدقيقة 74.")
    assert _statements(body) == [("ورحب", ["فيصل بن خالد"]), ("مشيداً", ["فيصل بن خالد"]),  # not his guest
                                 ("ووجه", ["خالد الفالح"])]  # thanks given; not "directed", not a goal


def test_a_sentence_that_opens_with_whom_it_is_about_and_a_defender_who_speaks():
    body = ("أكد مدافع نادي الهلال البرازيلي رودريغو ديغاو أن الهدف هو الفوز بجميع المسابقات. "
            "وعن رحيل مواطنه تياغو نيفيز عن الفريق قال: «أمر سيئ حينما تفقد لاعبا بمستوى نيفيز».")
    assert _statements(body) == [("أكد", ["رودريغو ديغاو"]), ("قال", ["رودريغو ديغاو"])]  # not نيفيز, spoken of


def test_the_presidency_speaks_its_statement_and_guests_end_at_a_relative_clause():
    body = ("وقالت رئاسة الجمهورية في بيان اليوم السبت إن الرئيس عبد الفتاح السيسي وجه باتخاذ الإجراءات. "
            "وذكر البيان أن الحكومة قررت صرف تعويض. دخل مزيد من السياسيين سباق رئاسة الجمهورية. "
            "استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم، وزراء خارجية دول مجلس التعاون لدول الخليج "
            "العربية، الذين يزورون قطر، لحضور اجتماعهم المشترك مع وزير الخارجية الأمريكي جون كيري.")
    e = enrich(RawArticle(source="t", body=body))
    assert [[m["text"] for m in x["mentions"]] for x in e.entities if x["canonical"] == "رئاسة الجمهورية"] == [
        ["رئاسة الجمهورية"]]  # once: the race for the presidency names an office, not the body
    assert _statements(body) == [("وقالت", ["رئاسة الجمهورية"]), ("وذكر", ["رئاسة الجمهورية"])]
    assert _told(body, "meeting") == [("meeting", ["تميم بن حمد آل ثاني", "مجلس التعاون الخليجي"])]


def test_thanks_after_a_particle_a_channel_goes_on_and_relations_between_countries_meet_no_one():
    body = ("وأكد مدير هيئة العلاج عبدالعزيز العنزي أهمية المشاركة، كما شكر كل من أسهم في الملتقى. وشكرت الله على "
            "السلامة. وأوضحت قناة \"ايكسبريس نيوز\" الباكستانية أن الاتفاق تم خلال مباحثات أجراها وزير المالية "
            "الباكستاني إسحاق دار مع مسؤولين. وأضافت أن المسؤولين أكدوا ذلك. وقالت المستشارة الألمانية أنجيلا "
            "ميركل إن الاتفاق جيد. وأضافت أن البديل أسوأ. وجرى بحث العلاقات التاريخية بين المملكة العربية "
            "السعودية ومصر. استقبل راشد بن فهد الراشد أمس وفدا من السفارة الأميركية بالرياض.")
    assert _statements(body) == [("وأكد", ["عبدالعزيز العنزي"]), ("شكر", ["عبدالعزيز العنزي"]),  # not "شكرت الله"
                                 ("وأوضحت", ["ايكسبريس نيوز"]), ("وأضافت", ["ايكسبريس نيوز"]),  # not the minister
                                 ("وقالت", ["أنجيلا ميركل"]), ("وأضافت", ["أنجيلا ميركل"])]  # a woman goes on
    assert _told(body, "meeting") == [("meeting", ["راشد بن فهد الراشد", "السفارة الأميركية"])]  # not the countries


def test_a_title_after_a_speakers_name_a_security_media_centre_and_a_chamber_of_commerce():
    body = ("بحث ناصر جودة وزير الخارجية الأردني في عمان، أمس، مع وفد لجنة المتابعة تطورات الأوضاع. وأكد الوزير "
            "الأردني موقف بلاده. التقى بوتين رئيس الوزراء الباكستاني. "
            "وأوضح المركز الإعلامي الأمني، في مديرية الأمن العام الأردني، أن الفرق تابعت معلومات. وبيّن أنه تم "
            "رصد الشخص. والفرق بينه وبين دوناتيلا أنه يوظف الورود. "
            "تعتزم الغرفة التجارية الصناعية بمنطقة الجوف عقد لقاء مفتوح مع مدير عام هيئة المدن الصناعية «مدن» "
            "المهندس صالح إبراهيم الرشيد بمقر الغرفة بسكاكا. وتعلن الغرفة عن بدء استقبال الطلبات. ودخل غرفة العمليات.")
    e = enrich(RawArticle(source="t", body=body))
    people = {x["canonical"]: [m["text"] for m in x["mentions"]] for x in e.entities if x["type"] == "PER"}
    assert people["ناصر جودة"] == ["ناصر جودة", "وزير الخارجية الأردني", "الوزير الأردني"]
    assert "رئيس الوزراء الباكستاني" not in people["بوتين"]  # whom he met, not his title
    assert [x["canonical"] for x in e.entities if x["type"] == "ORG" and "غرفة" in x["canonical"]] == [
        "الغرفة التجارية الصناعية بمنطقة الجوف"]  # not the operations room
    assert _statements(body) == [("وأكد", ["ناصر جودة"]), ("وأوضح", ["مديرية الأمن العام الأردني"]),
                                 ("وبيّن", ["مديرية الأمن العام الأردني"]),  # not "بينه وبين دوناتيلا"
                                 ("وتعلن", ["الغرفة التجارية الصناعية بمنطقة الجوف"])]
    assert _told(body, "meeting") == [("meeting", ["ناصر جودة", "لجنة المتابعة"]),
                                      ("meeting", ["الغرفة التجارية الصناعية بمنطقة الجوف", "صالح إبراهيم الرشيد"])]


def test_a_host_named_at_length_before_qad_an_unnamed_official_and_a_joint_statement():
    body = ("وكان صاحب السمو الملكي الأمير فيصل بن بندر بن عبد العزيز أمير منطقة الرياض قد استقبل اللواء سليمان "
            "السحيباني في مكتبه. وقال مسؤول بطالبان رفض الإفصاح عن هويته إن الحركة عينت زعيما. "
            "قام الأمير محمد بن سلمان بزيارة رسمية إلى المملكة الأردنية أمس حيث أجرى مباحثات مع الملك عبدالله الثاني، "
            "انتهت بصدور بيان مشترك أكد فيه الطرفان على تعزيز التعاون.")
    assert _told(body, "meeting") == [("meeting", ["فيصل بن بندر بن عبد العزيز", "سليمان السحيباني"]),
                                      ("meeting", ["محمد بن سلمان", "عبدالله الثاني"])]
    assert _statements(body) == [("أكد", ["محمد بن سلمان", "عبدالله الثاني"])]  # not Taliban: an unnamed official
    assert _roles(body, "visit")[0][2][1][1] == "المملكة الأردنية"  # Jordan, not Saudi Arabia


def test_a_delegation_of_a_body_headed_by_a_named_person_meets_as_both():
    body = ("استقبل وزير الخارجية عادل الجبير أمس وفدا من الكونغرس الأمريكي برئاسة السيناتور جون ماكين. "
            "واستقبل الأمير فيصل بن بندر أمير منطقة الرياض رئيس هيئة الهلال الأحمر فيصل السمنان.")
    assert _told(body, "meeting") == [("meeting", ["عادل الجبير", "الكونغرس", "جون ماكين"]),
                                      ("meeting", ["فيصل بن بندر", "فيصل السمنان"])]  # a body in a title is no delegation
    # (and the tagger's "هيئة الهلال الأحمر فيصل السمنان" stops before the name of the body's head)


def test_met_with_by_ba_and_a_title_after_an_office_led_name():
    body = ("التقى الأمير محمد بن سلمان في جدة، أمس، الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان. "
            "كما اجتمع الأمير محمد بن سلمان، في جدة، البارحة بسمير جعجع رئيس حزب القوات اللبنانية. "
            "واجتمع وزير الخارجية عادل الجبير بنظيره البريطاني فيليب هاموند. "
            "واجتمع الفريق بمدربه.")
    people = {x["canonical"]: [m["text"] for m in x["mentions"]] for x in enrich(RawArticle(source="t", body=body)).entities}
    assert people["رمضان أحمد قاديروف"] == ["رمضان أحمد قاديروف", "رئيس جمهورية الشيشان"]  # after "الرئيس X": his
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "رمضان أحمد قاديروف"]),
                                      ("meeting", ["محمد بن سلمان", "سمير جعجع"]),
                                      ("meeting", ["عادل الجبير", "فيليب هاموند"])]


def test_guests_left_unnamed_before_a_relative_clause_and_congratulations_are_no_statement():
    body = ("استقبل الأمير سعود بن نايف أمير المنطقة الشرقية، أمس، الأمراء والمشايخ وكبار المسؤولين بالمنطقة، الذين "
            "قدموا البيعة للأمير محمد بن نايف ولي العهد. استقبل الأمير فيصل بن بندر، الذي يرأس اللجنة، الأمير سلطان بن "
            "سلمان. واستقبل الأمير فيصل بن بندر في مكتبه، الذي شهد اللقاء، الأمير خالد بن سعود. وتفقد اللواء ناصر الدويسي المواقع الأمنية وقدم تهانيه بعيد الفطر المبارك.")
    assert _told(body, "meeting") == [("meeting", ["فيصل بن بندر", "سلطان بن سلمان"]),  # the host's clause, the
                                      ("meeting", ["فيصل بن بندر", "خالد بن سعود"])]  # place's: guests after it
    assert _statements(body) == []  # the congratulations offered are no statement


def test_a_rank_and_a_given_name_after_abd_and_met_by_a_title_at_length():
    body = ("أصدر الرئيس هادي قرارا بتعيين العميد الركن عبد الرحيم أحمد سالم عتيق، قائدا للمنطقة العسكرية الثانية. "
            "واجتمع اللواء ناصر الدويسي بقائد قوة جازان اللواء ركن سعيد بن حسين الغامدي.")
    people = [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "PER"]
    assert "عبد الرحيم أحمد سالم عتيق" in people and "سعيد بن حسين الغامدي" in people  # not "ركن سعيد …"
    assert _told(body, "meeting") == [("meeting", ["ناصر الدويسي", "سعيد بن حسين الغامدي"])]


def test_an_act_reported_inside_a_statement_and_a_romanian_who_shows_his_joy():
    body = ("وقال البيت الأبيض إن أوباما أدان التفجير الذي وقع يوم الاثنين. واضاف قائلا في البيان إن الرئيس نقل "
            "تعازيه. أبدى الروماني أولاريو كوزمين المدير الفني لفريق العين سعادته بالمستوى. وتطرق كوزمين إلى "
            "المباراة المقبلة.")
    assert _statements(body) == [("وقال", ["البيت الأبيض"]), ("أدان", ["باراك أوباما"]),  # the one reported …
                                 ("قائلا", ["البيت الأبيض"]),  # … while the White House goes on
                                 ("أبدى", ["أولاريو كوزمين"]), ("وتطرق", ["أولاريو كوزمين"])]


def test_a_counterpart_by_nationality_is_the_one_named_after_the_bare_office():
    body = ("أكد الرئيس الإيراني حسن روحاني أن البلدين فقدا الفرص، جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع "
            "نظيره الفرنسي، ودعا الرئيس الإيراني الرئيس هولاند إلى توطيد العلاقات، وقال إن البلدين يملكان إمكانات؛ "
            "من جهته أعلن الرئيس الفرنسي استعداد بلاده للتعاون مع إيران، موضحا أن باريس تبحث عن الحلول.")
    assert _told(body, "phone_call") == [("phone_call", ["حسن روحاني", "فرانسوا هولاند"])]
    assert _statements(body) == [("أكد", ["حسن روحاني"]), ("وقال", ["حسن روحاني"]),
                                 ("أعلن", ["فرانسوا هولاند"]),  # the French president is Hollande …
                                 ("موضحا", ["فرانسوا هولاند"])]  # … and his offer does not swallow his saying


def test_a_foreign_club_a_winner_called_by_his_given_name_and_the_club_called_again():
    body = ("حظي الشاب السوداني مجدي الصديق بتصميم شعار القميص الجديد لنادي مانشستر سيتي الإنجليزي. ووعد مدير "
            "التسويق بالنادي بول هيندر، في اتصال هاتفي مع الفائز مجدي، بزيارة السودان قريبا. وأعلن النادي، عبر "
            "صفحته الرسمية، فوز الصديق بالمركز الثاني.")
    assert _told(body, "phone_call") == [("phone_call", ["بول هيندر", "مجدي الصديق"])]
    assert _statements(body) == [("ووعد", ["بول هيندر"]), ("وأعلن", ["مانشستر سيتي"])]
    kinds = {x["canonical"]: x["type"] for x in enrich(RawArticle(source="t", body="انتقل إلى نادي برشلونة الإسباني.")).entities}
    assert kinds.get("برشلونة") == "ORG"  # the club, not the city


def test_where_he_went_he_met_and_explained_in_a_press_statement():
    body = ("قام سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري، أمس، بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس "
            "التحرير محمد المختار الفال. وقال حمد بن محمد الضويلع نائب وزير الصحة إن الوزارة عقدت شراكات. "
            "وبين في تصريح صحافي خلال الجولة أن هناك عديدا من الشراكات. وبحسب وصف المدعي العام فقد اجتمع الأطراف.")
    assert _told(body, "meeting") == [("meeting", ["علي عواض عسيري", "محمد المختار الفال"])]  # علي is the name
    assert _statements(body) == [("وقال", ["حمد بن محمد الضويلع"]), ("وبين", ["حمد بن محمد الضويلع"])]


def test_accusing_and_describing_are_sayings_but_not_in_the_passive_or_as_a_noun():
    body = ("اتهمت منظمة \"هيومن رايتس ووتش\" إسرائيل باستخدام القوة. ووصف أوباما ما حدث بأنه عمل إرهابي. "
            "وواجه ساركوزي انتقادات حادة واتهم بدعم النظام. يطلق عليهم وصف الذئاب المنفردة.")
    assert _statements(body) == [("اتهمت", ["هيومن رايتس ووتش"]), ("ووصف", ["باراك أوباما"])]


def test_a_municipality_head_named_after_his_town_and_a_meeting_in_what_was_said():
    body = ("أوضح ذلك رئيس بلدية محايل حمد آل درهم، مشيراً إلى أن اللقاء سيبدأ بكلمة. وكانت الخارجية الألمانية قد "
            "ذكرت في بيان لها أن الوزير فرانك شتاينماير سيركز في لقائه مع وزير الخارجية عادل الجبير على العلاقات.")
    assert _statements(body) == [("أوضح", ["حمد آل درهم"]), ("مشيراً", ["حمد آل درهم"]),  # not "بلدية محايل حمد"
                                 ("ذكرت", ["الخارجية الألمانية"])]
    assert _told(body, "meeting") == [("meeting", ["فرانك شتاينماير", "عادل الجبير",  # his, not the ministry's:
                                                   "الخارجية الألمانية"])]  # it reports the meeting


def test_an_encounter_named_with_its_parties_after_bain_even_where_it_was_held():
    body = ("خلص الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي ووزير الخارجية الأميركي جون كيري إلى "
            "ضرورة التعاون. وجاء ذلك في ختام لقاء عقد في القاهرة بين المبعوث الأممي إسماعيل ولد شيخ أحمد، والأمين "
            "العام للجامعة العربية نبيل العربي. وجرى خلال الاجتماع بين الجانبين استعراض الملفات.")
    assert _told(body, "meeting") == [("meeting", ["مجلس التعاون الخليجي", "جون كيري"]),  # a body first, then a person
                                      ("meeting", ["إسماعيل ولد شيخ أحمد", "نبيل العربي"])]  # (the third: no names)


def test_his_meeting_is_the_sentence_subjects_and_an_explanation_offered_is_a_saying():
    body = ("طالب الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية باحترام الهدنة. ودعا الرئيس اليمني خلال لقائه، "
            "أمس في الرياض، إسماعيل ولد الشيخ مبعوث الأمين العام للأمم المتحدة إلى اليمن، إلى زيارة عدن. وأوضحت وكالة "
            "الأنباء اليمنية الرسمية أن الجانبين استعرضا المستجدات. وقدم الرئيس هادي، لمبعوث الأمين العام، شرحا عن "
            "الأوضاع الراهنة.")
    # three names are a whole name (not "هادي الميليشيات"), and a name stops before the envoy's title
    assert _told(body, "meeting") == [("meeting", ["عبد ربه منصور هادي", "إسماعيل ولد الشيخ"])]
    assert _statements(body) == [("وأوضحت", ["وكالة الأنباء اليمنية"]),  # a national news agency
                                 ("وقدم", ["عبد ربه منصور هادي"])]  # "الرئيس هادي": the president's surname


def test_reassuring_says_what_follows_and_unnamed_sources_in_what_was_said_are_nobody():
    body = ("وقد بيّن الدكتور خالد مرغلاني في اتصال هاتفي مع “عين اليوم” أنّه جار نقل المريضة. وطمأن رئيس الوزراء "
            "البريطاني ديفيد كاميرون أنه لم ينضم للجهاز. طمأن المدافع نواف الصبحي جميع محبي النادي على وضع إصابته. "
            "وأضاف المبعوث ستيفان دي ميستورا أن مصادر محلية موثوقة أكدت سقوط البراميل.")
    assert _statements(body) == [("بيّن", ["خالد مرغلاني"]), ("وطمأن", ["ديفيد كاميرون"]),
                                 ("وأضاف", ["ستيفان دي ميستورا"])]
    assert _told(body, "phone_call") == []  # a call to a paper is an interview


def test_a_family_name_alone_a_plural_after_a_name_and_a_foreign_club_called_by_its_first_words():
    body = ("أكد فوزي الباشا رئيس نادي الخليج أن المستوى جيد. وأشاد الباشا بمعسكر فريقه. كما دان السفير عبد العاطي "
            "الاقتحامات المتكررة للمسجد. ووصف معسكر الفريق في تركيا بأنه من أفضل المعسكرات. أعلن نادي وست بروميتش "
            "البيون الإنجليزي أنه تعاقد مع اللاعب. وصرح مدرب وست بروميتش طوني بوليس \"إنه لاعب جيد\".")
    assert _statements(body) == [("أكد", ["فوزي الباشا"]), ("وأشاد", ["فوزي الباشا"]),  # an everyday word, his name
                                 ("دان", ["عبد العاطي"]),  # not "عبد العاطي الاقتحامات"
                                 ("ووصف", ["عبد العاطي"]),  # the camp described: the subject carried over
                                 ("أعلن", ["وست بروميتش البيون"]), ("وصرح", ["طوني بوليس"])]  # the club, not a man


def test_her_meeting_a_statement_issued_by_a_ministry_and_its_unnamed_sources():
    body = ("جاء ذلك على لسان عضوة مجلس الشيوخ الأمريكي السيناتورة دايني فينستاين خلال لقائها بالمستشار طارق فاطمي. "
            "وأوضح بيان صادر عن الخارجية الباكستانية اليوم أن الجانبين بحثا التعاون. وأضاف البيان أن السيناتورة "
            "الأمريكية شددت على ضرورة التعاون. وأشارت المصادر الروسية إلى أن الزيارة مهمة.")
    assert _told(body, "meeting") == [("meeting", ["دايني فينستاين", "طارق فاطمي"])]
    assert _statements(body) == [("وأوضح", ["الخارجية الباكستانية"]), ("وأضاف", ["الخارجية الباكستانية"]),
                                 ("شددت", ["دايني فينستاين"])]  # (the senator by her office; the sources: nobody)


def test_a_call_between_the_two_sides_a_reception_and_meetings_with_a_countrys_officials():
    body = ("وتأتي الزيارة تلبية لدعوة الرئيس الروسي فلاديمير بوتين لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، "
            "التي وجهها خلال مكالمة هاتفية جرت بين الجانبين، وأكدها الرئيس بوتين خلال استقباله لولي ولي العهد النائب "
            "الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي الأمير محمد بن سلمان في سان بطرسبورغ. وقال وزير الخارجية "
            "السعودي عادل الجبير إن وزير خارجية السعودية سيجري خلال زيارته لموسكو عددا من اللقاءات مع المسؤولين الروس.")
    assert _told(body, "meeting", "phone_call") == [
        ("phone_call", ["فلاديمير بوتين", "سلمان بن عبدالعزيز آل سعود"]),
        ("meeting", ["فلاديمير بوتين", "محمد بن سلمان"]),  # a call and a meeting in one sentence are two
        ("meeting", ["عادل الجبير", "Russia"])]  # (not Moscow, where he goes: Russia, through its officials)
    assert _statements(body) == [("وأكدها", ["فلاديمير بوتين"]), ("وقال", ["عادل الجبير"])]


def test_a_meeting_told_with_a_visit_inside_a_statement_and_a_statement_to_an_agency():
    body = ("أكد الدكتور سامي بن عبدالله الصالح سفير خادم الحرمين الشريفين لدى الأردن متانة العلاقات. وقال في تصريح "
            "لوكالة الأنباء السعودية، إن العلاقات راسخة. وبين السفير الصالح أن زيارة الأمير محمد بن سلمان إلى الأردن "
            "أمس، ولقاءه الملك عبدالله الثاني، تأتي في إطار التشاور. وقال الصالح في بيان: إن زيارة الأمير محمد بن "
            "سلمان إلى المملكة الأردنية الهاشمية ولقاء الملك عبدالله الثاني يتم في إطار التنسيق.")
    # the visitor met the king (told twice: one encounter); the ambassador reports it
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "عبدالله الثاني", "سامي بن عبدالله الصالح"])]
    assert _statements(body) == [("أكد", ["سامي بن عبدالله الصالح"]),  # an everyday family name before his office
                                 ("وقال", ["سامي بن عبدالله الصالح"]),  # not the agency he spoke to
                                 ("وبين", ["سامي بن عبدالله الصالح"]), ("وقال", ["سامي بن عبدالله الصالح"])]


def test_a_meeting_in_a_time_clause_and_an_admission_by_a_named_or_an_unnamed_subject():
    body = ("شدد الداعية الدكتور عائض القرني، على وجوب التبليغ. وكان راشد الغنوشي رئيس حركة النهضة التونسية اعترف "
            "بأنه طلب التدخل، وهو الطلب الذي تقدم به عبد الرزاق مقري، رئيس حركة مجتمع السلم الجزائرية، عندما التقى "
            "مؤخرا أحمد أويحيى. وأوضحت الشرطة أنه بالتحقيق مع المقبوض عليه اعترف أنه هرب المخدرات.")
    assert _told(body, "meeting") == [("meeting", ["عبد الرزاق مقري", "أحمد أويحيى", "راشد الغنوشي"])]
    assert _statements(body) == [("شدد", ["عائض القرني"]), ("اعترف", ["راشد الغنوشي"]),  # (not the one arrested)
                                 ("وأوضحت", ["الشرطة"])]


def test_two_people_tagged_as_one_a_spokesmans_body_and_a_friendly_match():
    body = ("اعتبر الرئيس التركي رجب طيب أردوغان أن الرئيس الروسي فلاديمير بوتين يبدل موقفه. وأجرى أردوغان وبوتين "
            "لقاءً مطولاً في باكو. كرر أردوغان تأكيد عزمه على المضي في الحملة. وقال الناطق باسم الإعلام الحربي، إن "
            "الطيران وجه ضربات. واجتمع وزير الدفاع الأمريكي اشتون كارتر في أربيل مع مسعود البرزاني. وجاءت زيارة "
            "كارتر لأربيل بعد يوم من زيارة لبغداد للاجتماع مع الزعماء العراقيين. علق مدرب التعاون جوزيه غوميز لقاء "
            "فريقه الودي مع نيس بقوله: \"انا راض\".")
    assert _told(body, "meeting") == [("meeting", ["رجب طيب أردوغان", "فلاديمير بوتين"]),  # not one "أردوغان وبوتين"
                                      ("meeting", ["أشتون كارتر", "مسعود البرزاني"]),
                                      ("meeting", ["أشتون كارتر", "Iraq"])]  # (its leaders; no match with نيس)
    assert _statements(body) == [("اعتبر", ["رجب طيب أردوغان"]), ("كرر", ["رجب طيب أردوغان"]),  # he reaffirmed
                                 ("وقال", ["الإعلام الحربي"]), ("بقوله", ["جوزيه غوميز"])]  # only a body has a spokesman


def test_a_speech_in_which_he_welcomed_is_the_speakers_and_thanks_after_his_description():
    body = ("كما ألقى وكيل الجامعة للشؤون التعليمية د. عبدالله السبيعي كلمة رحب فيها بمدير الجامعة المكلف د. خالد "
            "المقرن. بعد ذلك ألقى مدير الجامعة المكلف كلمة، أكد فيها أن الإخلاص مقدم. وقدم الشيخ ناصر الحماد المبعوث "
            "لمدينة سيدني شكره للسفارة.")
    assert _statements(body) == [("رحب", ["عبدالله السبيعي"]),  # not the one welcomed
                                 ("أكد", ["خالد المقرن"]),  # the director, called so before
                                 ("وقدم", ["ناصر الحماد"])]


def test_a_demand_opens_the_sentences_of_its_subject_and_a_question_and_an_answer_are_statements():
    body = ("طالب المهندس سامي الفوزان رئيس المجلس البلدي بعنيزة، بزيادة الميزانية، وتساءل: كيف نعمل بلا موارد؟ "
            "وأكد على ضرورة دعم المجلس. وعن المشاريع أجاب: أنجزنا الكثير.")
    assert _statements(body) == [("وتساءل", ["سامي الفوزان"]), ("وأكد", ["سامي الفوزان"]),  # (the demand: none)
                                 ("أجاب", ["سامي الفوزان"])]


def test_a_condemnation_by_a_deputy_and_a_verb_inside_what_he_said_leaves_him_the_subject():
    body = ("شجب النائب نعمة طعمة التفجير الذي استهدف المسجد. وأشار إلى أن هذا العمل لن يثني المملكة عن دورها. "
            "وأكد دعم لبنان للمملكة. وختم بالقول إن المملكة ستبقى قوية.")
    assert _statements(body) == [("شجب", ["نعمة طعمة"]), ("وأشار", ["نعمة طعمة"]),  # not التفجير in his name
                                 ("وأكد", ["نعمة طعمة"]), ("بالقول", ["نعمة طعمة"])]  # (nor يثني: the country)


def test_a_lecture_he_spoke_in_a_paper_called_again_and_a_body_named_by_what_it_does():
    body = ("بدأ المدرب خليل المصري التمرين بمحاضرة قصيرة تحدث فيها عن أخطاء المباراة. احتفت صحيفة “marca” "
            "بالهدف الذي سجله اللاعب راؤول في مرمى النصر حيث قالت إن اللاعب مميز. الصحيفة قالت إن الهدف رائع، "
            "وتحدثت الصحيفة عن مستقبله. وأوضحت اللجنة الوطنية لمكافحة الأوبئة اليوم أن الوضع مستقر.")
    assert _statements(body) == [("تحدث", ["خليل المصري"]),  # the lecture's giver, a known name and its nisba
                                 ("قالت", ["marca"]),  # the sentence's subject, not the club or the player
                                 ("قالت", ["marca"]), ("وتحدثت", ["marca"]),  # the paper by its head noun
                                 ("وأوضحت", ["اللجنة الوطنية لمكافحة الأوبئة"])]


def test_a_call_received_from_someone_who_renewed_his_welcome_during_it():
    body = ("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من رئيس الوزراء الإيطالي "
            "ماتيو رينزي، جدد خلاله ترحيبه بخادم الحرمين الشريفين.")
    assert _roles(body, "phone_call") == [("phone_call", "اتصالا هاتفيا", [("source", "ماتيو رينزي"),
                                                                          ("target", "سلمان بن عبدالعزيز آل سعود")])]
    assert _statements(body) == [("جدد", ["ماتيو رينزي"])]  # the caller, not the king named after it


def test_a_palace_is_no_guest_and_greeters_after_the_visitors_arrival():
    body = ("استقبل الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت في دار سلوى اليوم الأمير محمد بن سلمان. "
            "وكان وزير الخارجية عادل الجبير وصل أمس إلى الدوحة. وكان في استقباله لدى وصوله إلى مطار حمد الدولي "
            "وزير الخارجية القطري الدكتور خالد بن محمد العطية، والقائم بالأعمال في سفارة المملكة محمد بن منصور المالك.")
    assert _told(body, "meeting") == [("meeting", ["صباح الأحمد الجابر الصباح", "محمد بن سلمان"]),  # not سلوى
                                      ("meeting", ["عادل الجبير", "خالد بن محمد العطية", "محمد بن منصور المالك"])]


def test_a_participle_in_a_sentence_opened_by_a_verb_and_a_title_is_the_titled_ones():
    body = ("استقبل الشيخ محمد بن راشد آل مكتوم حاكم دبي الرئيس العام لشؤون المسجد الحرام الشيخ الدكتور عبد الرحمن "
            "السديس. وقام الرئيس العام أمس بإمامة المصلين في مسجد زعيبل، موضحا أن الزيارة تأتي لتعزيز التعاون. "
            "وقد حمل الشيخ محمد بن راشد ضيفه تحياته لفخامة رئيس جمهورية مصر العربية عبدالفتاح السيسي مؤكداً عمق "
            "العلاقات.")
    assert _statements(body) == [("موضحا", ["عبد الرحمن السديس"]),  # the one "الرئيس العام" introduced
                                 ("مؤكداً", ["محمد بن راشد آل مكتوم"])]


def test_a_call_for_opens_the_sentences_of_its_subject_whose_long_title_names_him_again():
    body = ("دعا رئيس لجنة الشؤون الخارجية في المجلس الوطني للمعارضة الإيرانية الدكتور محمد الحسيني إلى وقف الدعم. "
            "واشار في اتصال هاتفي مع (اليوم) إلى أن الخطاب خطير. وتابع رئيس لجنة الشؤون الخارجية: إن النظام سيتراجع.")
    assert _statements(body) == [("واشار", ["محمد الحسيني"]),  # carried from the call for
                                 ("وتابع", ["محمد الحسيني"])]  # not the committee: its head


def test_thanks_where_a_club_chair_met_his_players_are_his_not_the_clubs():
    body = ("اجتمع رئيس مجلس إدارة نادي الفتح أحمد الراشد بلاعبي الفريق قبل مغادرته المعسكر، حيث شكرهم خلال "
            "الاجتماع على الانضباط.")
    assert _statements(body) == [("شكرهم", ["أحمد الراشد"])]  # (no preposition in his name: بلاعبي)
    assert _told(body, "meeting") == []  # his own players, unnamed


def test_a_chain_of_two_offices_a_complement_and_comma_and_the_official_called_by_nationality():
    body = ("التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، اليوم في الرياض، وزير الدولة الإماراتي "
            "للشؤون الخارجية، أنور قرقاش. وأعرب نائب رئيس اليمني، عن تقدير حكومة بلاده. من جانبه، أعرب المسؤول "
            "الإماراتي عن أمله في الاستقرار.")
    assert _told(body, "meeting") == [("meeting", ["خالد محفوظ بحاح", "أنور قرقاش"])]  # not two titles as people
    assert _statements(body) == [("وأعرب", ["خالد محفوظ بحاح"]),  # his office, its article left out
                                 ("أعرب", ["أنور قرقاش"])]  # the one Emirati, not the last subject


def test_a_promise_after_fiima_and_a_meeting_in_a_country_named_before_the_verb():
    body = ("قصفت طائرات تركية أهدافا في سوريا، فيما وعد الرئيس التركي رجب طيب إردوغان باتخاذ إجراءات أكثر حسما. "
            "وفي مصر سيلتقي كيري الاحد مع نظيره المصري سامح شكري.")
    assert _statements(body) == [("وعد", ["رجب طيب أردوغان"])]  # a verb after فيما
    assert _told(body, "meeting") == [("meeting", ["جون كيري", "سامح شكري"])]  # not Egypt, where


def test_the_envoy_of_the_king_receives_a_universitys_delegation():
    body = ("استقبل سفير خادم الحرمين الشريفين في كندا السفير نايف بن بندر السديري بمقر السفارة في أوتاوا وفداً من "
            "جامعة جازان.")
    assert _told(body, "meeting") == [("meeting", ["نايف بن بندر السديري", "جامعة جازان"])]  # whose envoy: no host


def test_also_received_yesterday_is_the_hosts_again_and_who_expressed_thanks_speaks():
    body = ("استقبل الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي، أمس، مدير عام المدارس. "
            "من جهته أعرب أحمد الشيخ عن شكره لخادم الحرمين الشريفين، الملك سلمان بن عبدالعزيز آل سعود، منوهًا "
            "بالجهود. كما استقبل أمس مدير الجامعة الإسلامية بجاكرتا البروفسور ويدي روسادا أحمد. وأعرب البروفيسور "
            "ويدي أحمد عن شكره لخادم الحرمين الشريفين، الملك سلمان بن عبدالعزيز آل سعود، كما أثنى على الجهود.")
    assert _statements(body) == [("أعرب", ["أحمد الشيخ"]), ("منوهًا", ["أحمد الشيخ"]),  # not the king thanked
                                 ("وأعرب", ["ويدي أحمد"]), ("أثنى", ["ويدي أحمد"])]
    assert _told(body, "meeting") == [("meeting", ["عبدالله بن عبدالمحسن التركي", "ويدي روسادا أحمد"])]


def test_a_foreign_company_named_by_its_country_and_trade_speaks_by_its_name_alone():
    body = ("قال مصدر مطلع إن بيرسون البريطانية للنشر قررت بيع صحيفة فايننشال تايمز. وفي وقت لاحق أكدت بيرسون أنها "
            "تجري محادثات بلغت مراحلها المتقدمة.")
    assert _statements(body) == [("أكدت", ["بيرسون"])]  # the unnamed source says nothing; the company, named again


def test_a_king_named_with_his_ordinal_and_a_president_before_a_king_are_two():
    body = ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض اليوم، جلسة مباحثات رسمية مع "
            "جلالة الملك محمد السادس ملك المملكة المغربية. والتقى الرئيس الفرنسي الملك عبدالله الثاني في عمان.")
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "محمد السادس"]),
                                      ("meeting", ["الرئيس الفرنسي", "عبدالله الثاني"])]  # not one person


def test_greeted_on_arrival_by_his_highness_the_director_of_the_home():
    body = ("قام الأمير خالد بن طلال بن عبدالعزيز بزيارة لدار الرعاية الاجتماعية في الرياض. وكان في استقبال سموه لدى "
            "وصوله مدير الدار خضر الزهراني، كما اطلع سموه على عرض عن المركز.")
    assert _told(body, "meeting", "cooperation_intent") == [
        ("meeting", ["خالد بن طلال بن عبدالعزيز", "خضر الزهراني"])]  # (not a building: مدير الدار; a presentation seen)


def test_guests_listed_besides_each_other_and_received_again_with_the_same_host():
    body = ("استقبل فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية في مقر إقامته بالرياض، اليوم الثلاثاء، وزير "
            "المالية الدكتور إبراهيم العساف، إلى جانب وزير الشؤون البلدية والقروية المهندس عبداللطيف آل الشيخ، ووزير "
            "التجارة والصناعة المهندس توفيق الربيعة، وزير النقل المهندس عبدالله المقبل.\n"
            "كما استقبل رئيس مدينة الملك عبدالله للطاقة الذرية والمتجددة الدكتور هاشم يماني، وجرى خلال الاستقبال "
            "بحث التعاون العلمي، واستقبل أيضاً مدير عام الخطوط الجوية العربية السعودية المهندس صالح الجاسر.")
    hollande = "فرانسوا هولاند"
    assert _told(body, "meeting") == [
        ("meeting", [hollande, "إبراهيم العساف", "عبداللطيف آل الشيخ", "توفيق الربيعة", "عبدالله المقبل"]),
        ("meeting", [hollande, "هاشم يماني"]), ("meeting", [hollande, "صالح الجاسر"])]


def test_a_participle_followed_by_its_own_titled_subject():
    body = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام اليوم وزير الدفاع الأمريكي "
            "اشتون كارتر. وجرى خلال الاستقبال استعراض العلاقات، مؤكدا وزير الدفاع الأمريكي حرص الولايات المتحدة على "
            "تعزيز السلام، مشيدا بالملك.")
    assert _statements(body) == [("مؤكدا", ["أشتون كارتر"]),  # by his title, not the sentence's king
                                 ("مشيدا", ["أشتون كارتر"])]  # (its object follows ب: no subject of its own)


def test_an_office_after_the_guests_name_is_his_and_a_name_in_quotation_marks_after_an_office():
    body = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، في قصر السلام أمس، أشتون كارتر وزير الدفاع "
            "الأمريكي والوفد المرافق له. وأكد وزير الدفاع الأمريكي حرص الولايات المتحدة على تعزيز السلام.")
    assert _statements(body) == [("وأكد", ["أشتون كارتر"])]  # not an office of its own
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "أشتون كارتر"])]
    body = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام، اليوم؛ وزير الخارجية "
            'بجمهورية مصر العربية "سامح شكري"، والوفد المرافق له.')
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "سامح شكري"])]


def test_a_club_head_named_after_a_one_word_club_meets_with_another():
    body = "إذ اجتمع رئيس نادي هجر سامي الملحم مع مشرف الاتحاد منصور البلوي بمنزل الأخير."
    assert _told(body, "meeting") == [("meeting", ["سامي الملحم", "منصور البلوي"])]


def test_in_his_words_after_a_participle_and_a_new_subject_after_however():
    body = ("ورفع الشيخ سعد بن حيا الصاعدي التهاني لكافة منسوبي وزارة العدل مشيرًا إلى أن العيد يصفي النفوس مداعبًا "
            "لهم بقوله «لا يطول الحفل لدينا معاملات». وقالت المصادر: إن البلدين يجريان محادثات. مشيرة إلى أن رئيس "
            "الوزراء الإسرائيلي بنيامين نتنياهو يحاول الضغط، غير أن وزير الدفاع الاسرائيلي موشي يعلون بدا وكأنه يرى "
            "أن التصديق أمر مفروغ منه، ووصف المحادثات بأنها فرصة. الجدير ذكره، أن إسرائيل تحصل على مساعدات.")
    assert _statements(body) == [("مشيرًا", ["سعد بن حيا الصاعدي"]),
                                 ("بقوله", ["سعد بن حيا الصاعدي"]),  # not the ministry named before
                                 ("ووصف", ["موشيه يعالون"])]  # the one "غير أن" turned to, not the sources' subject
    # (the curated list's spelling of Ya'alon)
    # (and "بدا" after his name is a verb, not what he was called; "الجدير ذكره" is the writer's aside)


def test_a_company_of_initials_speaks_when_called_the_company_and_traders_are_nobody():
    body = ("وارتفع سهم أو.سي.آي إن.في الهولندية للكيماويات بعدما أكدت أنها تجري محادثات اندماج. وكان الرابح الأكبر "
            "على مؤشر ستوكس يوروب 600 بعدما أكدت الشركة أنها بلغت مرحلة متقدمة. وقال متعاملون إن هناك مزيدا من "
            "الاندماجات.")
    assert _statements(body) == [("أكدت", ["أو.سي.آي إن.في"]), ("أكدت", ["أو.سي.آي إن.في"])]


def test_told_to_the_bbc_a_half_sister_who_welcomed_him_and_talks_to_come_beside_a_reception():
    body = ("وصل الرئيس الأمريكي باراك أوباما إلى كينيا. وسيجري الرئيس الأمريكي خلال زيارته التي تستغرق يومين محادثات "
            "مع الرئيس الكيني أوهورو كينياتا. وكان الرئيس أوباما قد قال لبي بي سي قبل توجهه إلى كينيا إنه ينوي توجيه رسالة صريحة.\n"
            "وحطت طائرة الرئيس الأمريكي في مطار نيروبي الدولي مساء الجمعة، حيث كان باستقباله الرئيس كينياتا.\n"
            "وكانت في استقباله أيضاً اخته من أبيه أوما أوباما التي عانقته مرحبة به.")
    e = enrich(RawArticle(source="t", body=body, published_at="2015-07-25T01:28:15Z"))
    names = {x["canonical"] for x in e.entities}
    assert {"بي بي سي", "أوهورو كينياتا", "أوما أوباما"} <= names  # (not "لبي بي سي", "كيني أوهورو …")
    assert _statements(body) == [("قال", ["باراك أوباما"]),  # to the BBC, which is no speaker
                                 ("مرحبة", ["أوما أوباما"])]  # his sister, not the president by his surname
    told = [(ev["type"], [a["text"] for a in ev["actors"]], ev["modality"]["planned"])
            for ev in e.events if ev["type"] == "meeting"]
    assert told == [("meeting", ["باراك أوباما", "أوهورو كينياتا"], True),  # talks to come …
                    ("meeting", ["باراك أوباما", "أوهورو كينياتا"], False),  # … and the welcome on Friday
                    ("meeting", ["باراك أوباما", "أوما أوباما"], False)]


def test_a_guest_named_before_his_office_a_name_behind_bi_and_a_member_unnamed():
    body = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام أمس سامح شكري وزير الخارجية "
            "المصري والوفد المرافق له. التقى الأمير محمد بن سلمان بن عبدالعزيز في جدة، أمس، الرئيس رمضان أحمد "
            "قاديروف رئيس جمهورية الشيشان. ..وهنا أثناء اجتماعه مع رئيس حزب القوات اللبنانية. كما اجتمع الأمير محمد "
            "بن سلمان بن عبدالعزيز ولي ولي العهد، في جدة، البارحة بسمير جعجع رئيس حزب القوات اللبنانية. قال عضو في "
            "حزب الرئيس اليمني المخلوع علي عبدالله صالح إن ممثلين لصالح يجرون محادثات.")
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "سامح شكري"]),
                                      ("meeting", ["محمد بن سلمان", "رمضان أحمد قاديروف"]),
                                      ("meeting", ["محمد بن سلمان", "سمير جعجع"])]  # the caption: the same one
    assert _statements(body) == []  # a member of the party, unnamed: not the man it is named after


def test_everyday_surnames_before_what_closes_a_speakers_name_and_a_given_name_left_out():
    body = ('وأعلن حاكم الولاية عبدالستار بارز لوكالة فرانس برس "فجر انتحاري سترته الناسفة". وتابع بارز "تشير '
            'معلوماتنا الى مقتل 15 شخصا". وصرح محمد إسماعيل قاسميار عضو المجلس الأفغاني الأعلى للسلام، أن الجولة '
            "مقررة. وأعلن نائب رئيس المجلس عبدالحكيم مجاهد أن المحادثات مقررة لكن المشاورات مستمرة بين أفغانستان "
            "وباكستان والصين.")
    assert _statements(body) == [("وأعلن", ["عبدالستار بارز"]), ("وتابع", ["عبدالستار بارز"]),
                                 ("وصرح", ["محمد إسماعيل قاسميار"]), ("وأعلن", ["عبدالحكيم مجاهد"])]
    assert _told(body, "meeting") == [("meeting", ["أفغانستان", "باكستان", "الصين", "عبدالحكيم مجاهد"])]
    # (the consultations, reported by the one who announced them)


def test_staff_are_no_name_and_who_offered_greetings_speaks_next():
    body = ("واستقبل الدكتور خالد طاهر منسوبي الأمانة. من جانبهم عبر منسوبو الأمانة عن سعادتهم بالحفل. استقبل "
            "سماحة المفتي الشيخ عبدالعزيز بن عبدالله آل الشيخ، أمس، رئيس ديوان المظالم الشيخ الدكتور خالد بن محمد "
            "اليوسف.\nمن جهته، رفع رئيس ديوان المظالم الشيخ الدكتور خالد بن محمد اليوسف، أسمى آيات التهاني لخادم "
            "الحرمين الشريفين.\nوأكد في كلمة ألقاها في حفل المعايدة، على استشعار الأمانة، مذكرا بأن مسؤوليتهم كبيرة.")
    assert _statements(body) == [("وأكد", ["خالد بن محمد اليوسف"]), ("مذكرا", ["خالد بن محمد اليوسف"])]
    people = [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "PER"]
    assert not any("منسوب" in p for p in people)  # the staff, unnamed


def test_talks_with_a_movements_fighters_and_a_one_word_name_named_before():
    body = ("أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان ستجري قريبا. "
            "أكمل الاتحاديون الاتفاق مع المحترف الغاني مونتاري، حيث اجتمع المدرب الروماني بولوني مع مونتاري الذي حضر "
            "لمدينة ميلان الإيطالية.")
    assert _told(body, "meeting") == [("meeting", ["الحكومة الأفغانية", "طالبان"]),
                                      ("meeting", ["بولوني", "مونتاري"])]  # not Milan, where he came


def test_congratulations_expressed_are_no_statement_and_a_visitor_behind_li_meets_where_he_went():
    body = ("وعبر سمو ولي العهد عن أبلغ التهاني وأطيب التمنيات لفخامته. وجاء الإعلان خلال زيارة لم يعلن عنها مسبقاً "
            "لوزير الدفاع الأميركي آشتون كارتر إلى بغداد حيث التقى برئيس الوزراء العراقي حيدر العبادي وأكد على "
            "الحاجة إلى قوات برية. وذكر رئيس النادي سعد الزهراني، أن المبتعثين سعداء، ناقلا تهاني مبتعثي يورك.")
    assert _told(body, "meeting") == [("meeting", ["أشتون كارتر", "حيدر العبادي"])]
    assert _statements(body) == [("وأكد", ["أشتون كارتر"]), ("وذكر", ["سعد الزهراني"])]
    people = [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "PER"]
    assert not any("تهاني" in p for p in people)  # the greetings conveyed are nobody


def test_received_them_after_the_visitors_were_named_and_an_everyday_family_name_after_an_honorific():
    body = ("قام عدد من أعضاء شرف نادي الوحدة يتقدمهم سعادة السفير محمد الطيب بزيارة لمقر النادي مساء السبت، حيث "
            "استقبلهم رئيس مجلس إدارة النادي هشام مرسي وأعضاء مجلس إدارته. وأضاف «كما أشكر الدكتور إبراهيم أبومحمد "
            "مفتي عام أستراليا على وقفته معي».")
    assert _told(body, "meeting") == [("meeting", ["هشام مرسي", "محمد الطيب"])]  # the host after the verb
    people = [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "PER"]
    assert "إبراهيم أبومحمد" in people  # an office (مفتي) closes the name


def test_met_during_the_visit_with_a_countrys_officials_and_whom_he_thanked_for_something():
    body = ("غادر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد جمهورية مصر العربية بعد زيارة عمل التقى خلالها "
            "بفخامة الرئيس المصري عبدالفتاح السيسي وعدد من المسؤولين في مصر. وشكر وزارة الشؤون الاجتماعية على الدعم.")
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "عبد الفتاح السيسي", "جمهورية مصر العربية"])]
    assert _statements(body) == [("وشكر", ["محمد بن سلمان"])]  # the subject carried over, not the ministry thanked


def test_the_region_named_again_is_its_emir_and_a_member_of_a_party_quoted_is_nobody():
    body = ("استقبل أمير منطقة الرياض فيصل بن بندر بن عبدالعزيز في مكتبه اليوم رئيس ديوان المظالم الدكتور خالد "
            "اليوسف. واستقبل أمير المنطقة محافظ المؤسسة العامة للتدريب الدكتور علي بن ناصر الغفيص. نشر موقع "
            "“اليمن السعيد”، نقلاً عن عضو في حزب الرئيس اليمني السابق علي عبد الله صالح، قوله: إن الحرب طويلة.")
    assert _told(body, "meeting") == [("meeting", ["فيصل بن بندر بن عبدالعزيز", "خالد اليوسف"]),
                                      ("meeting", ["فيصل بن بندر بن عبدالعزيز", "علي بن ناصر الغفيص"])]
    assert _statements(body) == []  # the unnamed member spoke, not Saleh


def test_a_meeting_told_inside_a_quote_or_after_alladhi_with_its_parties_named():
    body = ("ثمن النائب الأردني خليل عطية الاجتماع الذي عقد مؤخرا بين الملك سلمان بن عبدالعزيز وخالد مشعل. "
            "وقال في بيان \"قبل ايام استقبل الملك سلمان بن عبدالعزيز الرئيس الفلسطيني محمود عباس\". "
            "وتابع \"نعم يحق لحماس ان تذهب الى السعودية\". وقال \"سنلتقي الرئيس الفرنسي قريبا\".")
    assert _roles(body, "meeting") == [
        ("meeting", "الاجتماع الذي", [("participant", "سلمان بن عبدالعزيز آل سعود"), ("participant", "خالد مشعل")]),
        ("meeting", "استقبل", [("source", "سلمان بن عبدالعزيز آل سعود"), ("target", "محمود عباس"),
                               ("reporter", "خليل عطية")])]
    # (the quoted meeting hoped for is none; told twice, "استقبل … خالد مشعل" would be the first one again);
    # the speaker goes on after the meeting he told
    assert [s for _, s in _statements(body)] == [["خليل عطية"]] * 4


def test_a_city_of_the_country_named_before_is_the_place_and_the_host_of_talks_meets():
    body = ("اجتمع وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا، مع "
            "وزير الدولة للشؤون الخارجية الإسباني إجناثيو إبنياس روبيو، وذلك بمقر وزارة الخارجية الإسبانية في مدريد. "
            "وقال وزير الخارجية القطري خالد العطية في مؤتمر صحفي عقب استضافة محادثات بين وزراء خارجية دول الخليج "
            "العربية ووزير الخارجية الأمريكي جون كيري إنه على ثقة.")
    events = [ev for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "meeting"]
    assert [ev["place"]["text"] if ev["place"] else None for ev in events] == ["مدريد", None]
    assert [[(a["role"], a["text"]) for a in ev["actors"]] for ev in events][1] == [
        ("source", "خالد العطية"), ("target", "مجلس التعاون الخليجي"), ("target", "جون كيري")]


def test_a_given_name_that_is_a_nationality_after_a_long_role_and_a_port_receives_no_guest():
    body = ("واستقبل أمير الرياض فيصل بن بندر في مكتب سموه أمس، عضو هيئة كبار العلماء الشيخ عبدالله الخنين ومدير فرع "
            "هيئة الأمر بالمعروف والنهي عن المنكر بالمنطقة تركي الشليل. وقال عبد الرحيم مصطفى المتحدث الإعلامي "
            "لهيئة الموانئ إن ميناء بورتوفيق بالسويس استقبل السفينة «النوى اكسبريس». وأضاف أن الميناء جاهز.")
    assert _told(body, "meeting") == [("meeting", ["فيصل بن بندر", "عبدالله الخنين", "تركي الشليل"])]
    assert _statements(body) == [("وقال", ["عبد الرحيم مصطفى"]), ("وأضاف", ["عبد الرحيم مصطفى"])]


def test_where_a_president_met_unnamed_relatives_and_a_feminine_saying_is_not_his():
    body = ("التقى الرئيس الأميركي باراك أوباما العشرات من أقاربه على مأدبة عشاء مساء أمس في أحد فنادق العاصمة "
            "الكينية نيروبي. وكانت جدة أوباما قد تمنت أن يزور الرئيس الأميركي بلدة كوغيلو الصغيرة، قائلة: "
            "“عليه القدوم إلى بلدة كوغيلو”.")
    assert _told(body, "meeting", "statement") == []  # nobody named met; the grandmother is unnamed
    places = [x["canonical"] for x in enrich(RawArticle(source="t", body=body)).entities if x["type"] == "GPE"]
    assert "بلدة كوغيلو" in places  # a town, whatever the tagger made of its name


def test_a_group_named_in_brackets_speaks_on_after_but_and_as_the_company():
    body = ("ذكرت مجموعة (بيرسون بي ال سي) البريطانية للإعلام أمس أنها في \"مناقشات متقدمة\" لبيع مجموعة فاينانشال "
            "تايمز ولكن حذرت من أنه ليس هناك \"أي تأكيد\" أن المحادثات سوف تؤدي إلى اتفاق. وقالت الشركة إن الإعلان "
            "قريب. ورفعت مؤسسة ستاندرد اند بورز التصنيف الائتماني لليونان قائلة ان آفاق السيولة تحسنت.")
    assert _statements(body) == [("ذكرت", ["بيرسون بي ال سي"]), ("حذرت", ["بيرسون بي ال سي"]),
                                 ("وقالت", ["بيرسون بي ال سي"]), ("قائلة", ["ستاندرد اند بورز"])]


def test_met_during_the_visit_a_ministrys_team_and_the_general_manager_named_again():
    body = ("قام السفير حارث هارلي بزيارة إلى جامعة نايف والتقى خلال الزيارة رئيس الجامعة الدكتور جمعان رشيد بن رقوش. "
            "استقبل مدير عام الشئون الصحية بمنطقة القصيم الأستاذ مطلق الخمعلي، فريق هندسي من وزارة الصحة برئاسة "
            "المهندس فهد السفيران. حيث أكد المدير العام بأن المديرية تركز على تشغيل المشاريع.")
    assert _told(body, "meeting") == [("meeting", ["حارث هارلي", "جمعان رشيد بن رقوش"]),
                                      ("meeting", ["مطلق الخمعلي", "وزارة الصحة", "فهد السفيران"])]
    assert _statements(body) == [("أكد", ["مطلق الخمعلي"])]


def test_a_speaker_closed_by_his_office_a_denial_and_a_council_named_by_its_nationality():
    body = ("وذكر رأفت الصباغ المتحدث الرسمي باسم مركز الملك سلمان الإغاثي أن المركز حرص على إيصال المساعدات، نافيا "
            "أن يكون تم ايصال أية معدات عسكرية. وقال المجلس الوزاري الأوروبي في بروكسل إن الوزراء سيجتمعون، وتطور "
            "الوضع في تونس ملف رئيسي، بحسب ما ذكر المجلس الأوروبي.")
    assert _statements(body) == [("وذكر", ["رأفت الصباغ"]), ("نافيا", ["رأفت الصباغ"]),
                                 ("وقال", ["المجلس الوزاري الأوروبي"]), ("ذكر", ["المجلس الأوروبي"])]


def test_who_spoke_at_a_bodys_meeting_met_it_and_a_partner_or_a_month_is_no_guest():
    body = ("شدد الرئيس الفلسطيني محمود عباس في اجتماع لجنة المبادرة العربية للسلام والذي عقد أمس في القاهرة على "
            "ضرورة تحرك عربي. استقبل وكيل جامعة الملك خالد الدكتور مرعي بن حسين القحطاني اليوم طلاب برنامج موهبة "
            "الذي تحتضنه الجامعة بالتعاون مع مركز الملك عبدالعزيز للموهبة. ويعد اجتماع الوزراء الأخير قبل العطلة "
            "مع نهاية الشهر الحالي، وستترأس فيديريكا موغيريني الاجتماعات.")
    events = [ev for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "meeting"]
    assert [([a["text"] for a in ev["actors"]], ev["place"]["text"]) for ev in events] == [
        (["محمود عباس", "لجنة المبادرة العربية"], "القاهرة")]


def test_a_saying_sourced_to_an_agency_a_hint_a_confirmed_report_and_a_presentation():
    body = ("وقال وون هي ريونغ بحسب وكالة \"يونهاب\" \"نتوقع إعلانا رسميا\". لكن إردوغان لمح، في تصريحات منفصلة، إلى "
            "أنه قد يقع على كاهل الحلف واجب. صادق المحامي خالد أبوراشد على ما انفردت به \"الوطن\"، حيث أكد صحة ما نشر. "
            "فيما قدم عبدالمحسن جنيد عرضاً عن السوق المحلي. وفي سياق آخر، التقى أمير منطقة عسير الأمير فيصل بن خالد "
            "رئيس الغرفة التجارية المهندس عبدالله بن سعيد المبطي.")
    events = enrich(RawArticle(source="t", body=body)).events
    assert [(a["role"], a["text"]) for a in events[0]["actors"]] == [("speaker", "وون"), ("reporter", "يونهاب")]
    assert _statements(body) == [("وقال", ["وون"]), ("لمح", ["إردوغان"]), ("أكد", ["خالد أبوراشد"]),
                                 ("قدم", ["عبدالمحسن جنيد"])]
    assert _told(body, "meeting") == [("meeting", ["فيصل بن خالد", "عبدالله بن سعيد المبطي"])]


def test_a_call_told_inside_a_briefing_his_counterpart_is_whom_he_told_and_a_dinner_in_a_guests_honour():
    body = ("أطلع الرئيس التركي رجب طيب أردوغان أمس في اتصال هاتفي نظيره الإيراني حسن روحاني على سير العمليات، "
            "وبحسب المعلومات الواردة من القصر الرئاسي، فإنّ الرئيس أردوغان أبلغ نظيره الإيراني باستحالة إحلال الأمن. "
            "واستقبل أمير قطر الشيخ تميم بن حمد وزير الخارجية عادل الجبير. وأقام وزير الخارجية بدولة قطر الدكتور "
            "خالد العطية مأدبة عشاء تكريما للجبير والوفد المرافق له.")
    assert _told(body, "phone_call", "meeting", "statement") == [
        ("phone_call", ["رجب طيب أردوغان", "حسن روحاني"]), ("statement", ["رجب طيب أردوغان"]),
        ("meeting", ["تميم بن حمد آل ثاني", "عادل الجبير"]), ("meeting", ["خالد العطية", "عادل الجبير"])]


def test_a_hall_behind_bi_a_body_unnamed_after_inna_and_the_writers_aside_are_nobody():
    body = ("حيث استقبل أوباما في القاعة الشرقية الفخمة بالبيت الأبيض وفدًا من الناشطين. وقال العقيد سليمان اليوسف "
            "مدير جوازات المطار، إن جوازات المطار استقبلت مساء الاثنين 16 حاجًا ماليزيًا. جدير ذكره أن مدة الزيارة "
            "خمسة أيام.")
    assert _told(body, "meeting", "statement") == [("statement", ["سليمان اليوسف"])]


def test_the_kings_deputy_is_not_the_king_and_a_family_name_that_is_a_country():
    body = ("استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف، في قصر السلام أمس، المواطنين. وأعرب الملك سلمان "
            "بن عبدالعزيز والأمير محمد بن نايف عن أصدق التهاني للرئيس ميشيل كفاندو. التقى مستشار خادم الحرمين "
            "الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن "
            "محمد السويد.")
    entities = enrich(RawArticle(source="t", body=body)).entities
    people = {x["canonical"]: [m["text"] for m in x["mentions"]] for x in entities if x["type"] == "PER"}
    assert "خادم الحرمين الشريفين" not in people["محمد بن نايف"] + people["خالد الفيصل"]
    assert not any(x["type"] == "GPE" and x["canonical"] == "السويد" for x in entities)
    assert _told(body, "meeting", "statement") == [("meeting", ["خالد الفيصل", "عبدالله بن محمد السويد"])]  # (no congratulations)


def test_a_turn_to_another_speaker_an_unnamed_diplomat_and_representatives_preparing_to_meet():
    body = ("من جهته، قدم رئيس النادي أحمد بن فهد الغنيم وافر شكره للجهاز الفني، من جانبه، أقر نائب الرئيس وليد "
            "الشويهين صرف مكافآت تشجيعية، مبيناً أن ذلك ينعكس إيجابيا. وقال دبلوماسي نمساوي: «يهتم الجميع بالعمل». "
            "ويستعد ممثلون عن أوكرانيا وروسيا والمتمردين للاجتماع في مينسك لإجراء مزيد من المحادثات.")
    assert _statements(body) == [("قدم", ["أحمد بن فهد الغنيم"]), ("مبيناً", ["وليد الشويهين"])]
    meeting = next(ev for ev in enrich(RawArticle(source="t", body=body)).events if ev["type"] == "meeting")
    assert [a["text"] for a in meeting["actors"]] == ["أوكرانيا", "روسيا الاتحادية"] and meeting["modality"]["planned"]
    assert meeting["place"]["text"] == "مينسك"


def test_a_centre_named_after_the_king_a_coordinator_and_thanks_that_go_to_the_host():
    body = ("استقبل المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة "
            "في مكتبه بالرياض امس المنسق الإقليمي للعمليات الإنسانية في اليمن عامر الداوودي. انطلاقاً من حرص خادم "
            "الحرمين الشريفين الملك سلمان بن عبدالعزيز. واستقبل خادم الحرمين الشريفين رئيس الوزراء اللبناني تمام "
            "سلام. وفي بداية الاستقبال رحب خادم الحرمين الشريفين برئيس الوزراء اللبناني، متمنياً له طيب الإقامة، "
            "فيما أعرب عن شكره لخادم الحرمين الشريفين على ما وجده من حفاوة.")
    assert _told(body, "meeting")[0] == ("meeting", ["عبدالله بن عبدالعزيز الربيعة", "عامر الداوودي"])
    assert _statements(body) == [("رحب", ["سلمان بن عبدالعزيز آل سعود"]), ("أعرب", ["تمام سلام"])]  # the guest
    # thanked the king (the subject carried over is the one thanked)


def test_talks_with_a_long_office_talks_held_by_two_and_a_visit_whose_companion_is_not_the_subject():
    body = ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا، اليوم الخميس، جلسة مباحثات رسمية مع "
            "دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف. أفادت تقارير صحفية بأن جلسة المباحثات التي "
            "أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي في القاهرة أمس توجت باتفاق. "
            "وقال وزير الخارجية اليمني رياض ياسين: إن هادي طلب ذلك. وأكد حدوث اتفاق على تعاون يمني مصري. "
            "قام معالي وزير الإسكان الأستاذ ماجد الحقيل أمس بزيارة لمقر مصلحة الجمارك العامة، يرافقه معالي المستشار "
            "الدكتور علي العطية. وبحث معاليه خلال الزيارة، مع معالي مدير عام الجمارك الأستاذ صالح الخليوي، أوجه التعاون.")
    meetings = _told(body, "meeting")
    assert [(t, a[0], a[-1]) for t, a in meetings] == [
        ("meeting", "سلمان بن عبدالعزيز آل سعود", "نواز شريف"), ("meeting", "عبد الفتاح السيسي", "عبد ربه منصور هادي"),
        ("meeting", "ماجد الحقيل", "صالح الخليوي")]  # the minister who visited, not his companion
    assert _statements(body) == [("وقال", ["رياض ياسين"]), ("وأكد", ["رياض ياسين"])]  # (حدوث: what he affirmed)


def test_a_chambers_board_an_explanation_by_a_quoted_name_and_words_to_the_players():
    body = ("استقبل أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز، صباح اليوم بمكتبه بالإمارة، رئيس مجلس إدارة "
            "الغرفة التجارية الصناعية في أبها المهندس عبدالله بن سعيد المبطي، وأعضاء مجلس الإدارة. وقدّم \"المبطي\" "
            "-خلال اللقاء- شرحاً موجزاً عن إنجازات الغرفة. اكتفى مدرب الفريق الأول لكرة القدم بنادي النصر خورخي "
            "داسيلفا، أمس، بحصة تدريبية، اجتمع في بدايتها المدرب باللاعبين وتحدث إليهم عن ملاحظاته الفنية.")
    assert _told(body, "meeting") == [("meeting", ["فيصل بن خالد بن عبدالعزيز", "عبدالله بن سعيد المبطي",
                                                   "الغرفة التجارية الصناعية في أبها"])]
    assert _statements(body) == [("وقدّم", ["عبدالله بن سعيد المبطي"]), ("وتحدث", ["خورخي داسيلفا"])]


def test_a_paper_named_after_reporting_a_dual_nationality_and_explained_past_a_long_title():
    body = ("وبدأ وزيرا المالية والاقتصاد اليونانيان اقليدس تساكالوتوس وجيورجيوس ستاثاكيس اجتماعهما مع ممثلي صندوق "
            "النقد الدولي والمفوضية الأوروبية والبنك المركزي الأوروبي. وذكرت صحيفة آفي المقربة من الحكومة الأحد أن "
            "الاتفاق قريب. وأبان المدير الإقليمي للحملة السعودية الوطنية لنصرة الأشقاء السوريين الدكتور بدر السمحان "
            "من جانبه أن الحملة تولي الخدمات أهمية. وقتل العشرات إبان الحرب الأهلية.")
    assert _told(body, "meeting") == [("meeting", ["اقليدس تساكالوتوس", "جيورجيوس ستاثاكيس", "صندوق النقد الدولي",
                                                   "المفوضية الأوروبية", "البنك المركزي الأوروبي"])]
    assert _statements(body) == [("وذكرت", ["آفي"]), ("وأبان", ["بدر السمحان"])]  # (إبان الحرب: during)


def test_a_regnal_number_is_no_surname_and_a_describer_named_goes_on():
    body = ("أجرى الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد السعودي النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، "
            "مباحثات مع الملك عبد الله الثاني ملك المملكة الأردنية الهاشمية، أمس. من جانبه، وصف وزير الإعلام الأردني "
            "الدكتور محمد المومني، زيارة الأمير محمد بن سلمان، لبلاده بـ«التاريخية». وقال في تصريحات خاصة إن «الزيارة "
            "تأتي في وقت مهم».")
    king = next(x for x in enrich(RawArticle(source="t", body=body)).entities if x["canonical"] == "عبدالله الثاني")
    assert "الثاني" not in [m["text"] for m in king["mentions"]]  # (not "النائب الثاني")
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "عبدالله الثاني"])]
    assert _statements(body) == [("وصف", ["محمد المومني"]), ("وقال", ["محمد المومني"])]


def test_welcomed_him_his_highness_a_teams_members_and_a_body_of_a_body():
    body = ("استقبل الأمير فيصل بن خالد أمير منطقة عسير أمس مساعد مدير الأمن العام اللواء جمعان الغامدي الذي يزور "
            "المنطقة حالياً. وقد رحب به سموه باللواء « الغامدي « متمنياً له طيب الإقامة , مشيداً سموه بالجهود. "
            "استقبل مدير التعليم بمحافظة المجمعة الدكتور صالح الربيعة، فريق من إدارة مشروع «فارس» الذي يزور إدارة "
            "تعليم المحافظة ويضم الفريق المهندس أحمد السحيباني، مدير البرامج , وعضوية الأستاذ محمد الشبيب، وذلك "
            "بحضور مدير الشؤون الإدارية الأستاذ فهد السعيد. قالت بعثة الأمم المتحدة في ليبيا أمس إن الأمم المتحدة "
            "ستنظم جولة جديدة من محادثات السلام.")
    assert _statements(body) == [("رحب", ["فيصل بن خالد"]), ("مشيداً", ["فيصل بن خالد"]),
                                 ("قالت", ["بعثة الأمم المتحدة"])]
    assert _told(body, "meeting")[1] == ("meeting", ["صالح الربيعة", "فارس", "أحمد السحيباني", "محمد الشبيب"])


def test_an_investiture_a_headline_run_into_the_text_and_a_listed_staff_with_titles():
    body = ("قلّد صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض أمس مدير جوازات المنطقة اللواء "
            "سليمان بن عبدالرحمن السحيباني رتبته الجديدة. وقلد الفنان الشاب عادل إمام في مشهد كوميدي. أمير قطر يلتقي "
            "وزير الخارجية الروسي التقى الشيخ تميم بن حمد أمير دولة قطر اليوم، وزير الخارجية الروسي سيرغي لافروف الذي "
            "يزور الدوحة حاليًا. استقبل المشرف الرياضي بنادي اللواء الأستاذ ماجد أحمد العايد الطاقم الفني التونسي "
            "وهم: مدرب الفريق الاول الكابتن عماد الجندوبي، والدكتور خالد بدير اخصائي علاج طبيعي، ومدرب حراس المرمى "
            "الكابتن رضا ديوه.")
    lavrov = next(x for x in enrich(RawArticle(source="t", body=body)).entities if x["canonical"] == "سيرغي لافروف")
    assert "وزير الخارجية الروسي" in [m["text"] for m in lavrov["mentions"]]  # (not Tamim's title)
    assert [(t, a[0], a[1:]) for t, a in _told(body, "meeting")] == [
        ("meeting", "فيصل بن بندر بن عبدالعزيز", ["سليمان بن عبدالرحمن السحيباني"]),  # (قلد "imitated": none)
        ("meeting", "تميم بن حمد آل ثاني", ["سيرغي لافروف"]),
        ("meeting", "ماجد أحمد العايد", ["عماد الجندوبي", "خالد بدير", "رضا ديوه"])]


def test_one_saying_with_its_subject_between_addressed_to_someone_and_he_visits_him():
    body = ("وقال دمرداش «ندعو الجانبين اليوم». وأضاف دمرداش قائلا في تصريحات للصحفيين في مدينة فان بعد يوم من مقتل "
            "ستة أشخاص: إن على الحكومة أن توقف العمليات الأمنية وأن تعلن استئناف عملية السلام التي بدأت مع عبد الله "
            "أوجلان زعيم حزب العمال الكردستاني عام 2012. وأشار إلى أنه يزور أوجلان بصفة منتظمة. وأضاف مخاطبا رئيس "
            "الوزراء التركي أحمد داود أوغلو «قد يتشكل ائتلاف وقد لا يتشكل لكن السلام مهم».")
    assert [t for t, _ in _statements(body)] == ["وقال", "وأضاف", "وأشار", "وأضاف"]  # (not "قائلا" again)
    assert {s for _, speakers in _statements(body) for s in speakers} == {"دمرداش"}
    assert _told(body, "meeting") == [("meeting", ["دمرداش", "عبد الله أوجلان"])]


def test_a_shortened_body_in_a_title_names_its_head_again_and_thanks_as_a_participle():
    body = ("التقى مدير تعليم ينبع محمد العقيبي، بمدير الهيئة العامة للسياحة والتراث الوطني بمحافظة ينبع سامر الجهني. "
            "وأكد مدير هيئة السياحة أن التعليم شريك أساس، مشيراً إلى أن تعليم ينبع يقدم مشاريع متكاملة. وأضاف أنه حرص "
            "على الاجتماع، شاكراً الحماس الكبير الذي وجده. وأكد الوزير محمد العلي أن العمل مستمر، شاكراً الله.")
    assert _told(body, "meeting") == [("meeting", ["محمد العقيبي", "سامر الجهني"])]  # (not "ينبع سامر الجهني")
    assert _statements(body) == [("وأكد", ["سامر الجهني"]), ("مشيراً", ["سامر الجهني"]), ("وأضاف", ["سامر الجهني"]),
                                 ("شاكراً", ["سامر الجهني"]), ("وأكد", ["محمد العلي"])]  # (thanks to God: none)


def test_talks_told_again_views_that_met_and_a_visitors_talks_by_his_title():
    body = ("اهتمت وسائل الإعلام الأردنية بزيارة الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد للأردن. وأبرزت الصحف "
            "توجيهات الملك سلمان بن عبدالعزيز والملك عبد الله الثاني، إضافة إلى ما تضمنته المباحثات من بحث التطورات "
            "الراهنة، التي التقت فيها وجهات نظر البلدين. وبثت المحطات تقارير مصورة لزيارة ولي ولي العهد ومحادثاته مع "
            "المسؤولين الأردنيين. أجرى وزير الخارجية عادل الجبير مباحثات اليوم مع نظيره الإيطالي باولو جينتيلوني في "
            "روما. وأضاف أنه تم بحث الأوضاع في لبنان واتفاق خمسة زائد واحد مع إيران. بعد أن قرر صندوق الدعم المالي "
            "لمنطقة اليورو فتح محادثات مع اثينا. وتوجه الناخبون إلى صندوق الاقتراع.")
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "الأردن"]),
                                      ("meeting", ["عادل الجبير", "باولو جينتيلوني"]),
                                      ("meeting", ["صندوق الدعم المالي", "أثينا"])]


def test_a_companys_delegation_an_honorific_before_a_title_and_the_two_who_met():
    body = ("ابدت شركة اكسبيرت باث تكنولوجي السعودية استعدادها لتمويل المشروعات. والتقى وفد من الشركة في العاصمة "
            "السودانية الخرطوم وزير الدولة بوزارة الاتصالات وتكنولوجيا المعلومات المهندس محمد عبدالرحيم. "
            "استقبل الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير أمس رئيس مجموعة الجريسي الشيخ عبدالرحمن بن "
            "علي الجريسي. من جانب آخر، استقبل سمو أمير منطقة عسير مدير عام مطار أبها فهد العدواني أمس في مكتبه. "
            "وبحسب \"رويترز\"، فقد ذكر نجيب عبد الرزاق أن أمير قطر الشيخ تميم بن حمد آل ثاني أشار إلى أن جهاز قطر "
            "للاستثمار حريص على التعرف على أصول الصندوق، والتقى الاثنان في ماليزيا الجمعة الماضية.")
    assert [(t, a) for t, a in _told(body, "meeting")] == [
        ("meeting", ["اكسبيرت باث تكنولوجي", "محمد عبدالرحيم"]),
        ("meeting", ["فيصل بن خالد بن عبدالعزيز", "عبدالرحمن بن علي الجريسي"]),
        ("meeting", ["فيصل بن خالد بن عبدالعزيز", "فهد العدواني"]),  # (سمو: an honorific, not whose title)
        ("meeting", ["نجيب عبد الرزاق", "تميم بن حمد آل ثاني"])]
    assert [(t, s) for t, s in _statements(body)] == [("ابدت", ["اكسبيرت باث تكنولوجي"]), ("ذكر", ["نجيب عبد الرزاق"]),
                                                      ("أشار", ["تميم بن حمد آل ثاني"])]  # (Reuters reports)


def test_met_the_players_is_no_meeting_with_the_coachs_club_and_a_promise():
    body = ("اجتمع اليوناني جوريجوس دونيس مدرب الفريق الكروي الأول بنادي الهلال عصر السبت باللاعبين. قام رئيس بلدية "
            "محافظة الرس المهندس عيد العتيبي بزيارة تفقدية للخدمات البلدية. ووعد ببذل ومضاعفة الجهد، مؤكداً أن "
            "القرى ستأخذ نصيبها. على أن يجري بيتر ماور محادثات مع قادة الحوثيين.")
    assert _told(body, "meeting") == [("meeting", ["بيتر ماور", "الحوثيون"])]
    assert _statements(body) == [("ووعد", ["عيد العتيبي"]), ("مؤكداً", ["عيد العتيبي"])]


def test_a_guest_after_those_present_a_title_behind_a_preposition_and_a_spokesman_named_after_titles():
    body = ("استقبل الشيخ صباح الأحمد أمير دولة الكويت وبحضور الشيخ نواف الأحمد وليّ عهد دولة الكويت اليوم بالديوان "
            "الأميري بقصر بيان الأمير نواف بن فيصل الرئيس العام لرعاية الشباب. ونقل الأمير نواف بن فيصل لأمير دولة "
            "الكويت تحيات خادم الحرمين. ورحب أمير دولة الكويت بالأمير نواف بن فيصل في بلده. وأوضح الناطق الإعلامي "
            "بصحة عسير سعيد النقير في بيان، أن الإصابات تراوحت ما بين حرجة ومتوسطة.")
    entities = enrich(RawArticle(source="t", body=body)).entities
    emir = next(x for x in entities if x["canonical"].startswith("صباح الأحمد"))
    assert "أمير دولة الكويت" in [m["text"] for m in emir["mentions"]]  # (not the Saudi prince's, "لأمير …")
    assert _told(body, "meeting") == [("meeting", [emir["canonical"], "نواف بن فيصل"])]  # (not نواف الأحمد, present)
    assert _statements(body) == [("ورحب", [emir["canonical"]]), ("وأوضح", ["سعيد النقير"])]


def test_a_hospital_receives_patients_refugees_received_and_feast_greetings():
    body = ("قام محافظ عنيزة بالنيابة الأستاذ ابراهيم بن عبدالله البريكان بزيارة لمستشفى الملك سعود بعنيزة، حيث "
            "استقبل مستشفى الملك سعود بعنيزة (8) حالات مصابة. وسينقل اللاجئون الذين استقبلتهم الأمم المتحدة في جيبوتي "
            "إلى عدن. وزار علي بن عبده الجبيلي شرطة المركز حيث عايد مديره الرائد عبدالله القرادي وأفراده. وتحدث "
            "حسين الهلالي عم الشهيد قائلاً: \"الحمد لله رب العالمين\".")
    assert _told(body, "meeting") == [("meeting", ["علي بن عبده الجبيلي", "عبدالله القرادي"])]
    assert _statements(body) == [("وتحدث", ["حسين الهلالي"])]  # (one saying: "قائلاً" after his title)


def test_ali_starts_a_name_after_an_office_and_a_speaker_named_after_a_relative_and_its_pronoun():
    body = ("اعلن رئيس منظمة الطاقة الذرية الايرانية علي اكبر صالحي ان روسيا ستبدا اعمالا انشائية كاشفا عن خطط "
            "مماثلة. وقال صالحي في تصريح صحافي اليوم ان ايران ستشهد انشطة واسعة. وشدد وزير الخارجية الإيراني على ضرورة "
            "الحل. وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل يوم الأحد، إنه «ليس حياة طبيعية»، "
            "وتعهدت بمفاوضات سريعة. ومثلت التهديدات احد الاسباب التي ذكرها الرئيس الأمريكي باراك أوباما.")
    assert _statements(body) == [("اعلن", ["علي اكبر صالحي"]), ("كاشفا", ["علي اكبر صالحي"]),
                                 ("وقال", ["علي اكبر صالحي"]),  # (علي, the given name; not على ضرورة:)
                                 ("وشدد", ["وزير الخارجية الإيراني"]),
                                 ("قالت", ["أنجيلا ميركل"]), ("وتعهدت", ["أنجيلا ميركل"]), ("ذكرها", ["باراك أوباما"])]


def test_people_unnamed_in_a_plural_and_a_given_name_spelt_like_a_particle():
    body = ("وقال قائمون على البنوك: إنه قد يكون هناك قدر قليل من عدم الانتظام. وقال ماكرون إن فرنسا مستعدة. "
            "وشددت آن هيدالغو رئيسة بلدية باريس على «وجوب تغيير أنماط معيشتنا».")
    assert _statements(body) == [("وقال", ["ماكرون"]), ("وشددت", ["آن هيدالغو"])]  # (those in charge: nobody)


def test_as_he_said_is_the_saying_again_and_a_shortened_office_or_a_bare_one_names_its_holder():
    body = ("وقال رئيس بلدية العاصمة الإيطالية اينيازيو مارينو «إن الرق ما زال موجودا». وندد مارينو بتجارة الأعضاء "
            "التي تتنامى كما قال خاصة أن الطلب عليها قوي. وهذه العمليات تجري في الصين والهند كما أكد. كما حذر رئيس "
            "بلدية روما من تشريع هذه التجارة، كما هو مطروح بحسب قوله في الولايات المتحدة. وأكدت قيادة التحالف وقف "
            "العمليات، كما أكدت استمرار الحظر.")
    assert _statements(body) == [("وقال", ["اينيازيو مارينو"]), ("وندد", ["اينيازيو مارينو"]),
                                 ("أكد", ["اينيازيو مارينو"]), ("حذر", ["اينيازيو مارينو"]),
                                 ("وأكدت", ["قيادة التحالف"]), ("أكدت", ["قيادة التحالف"])]
    body = ("وصرح السفير بدر عبد العاطي المتحدث الرسمي باسم الخارجية المصرية أن وزير الخارجية المصري سامح شكري التقى "
            "الطلاب. وأضاف المتحدث أن الوزير تحدث عن الإرهاب، كما تطرق الوزير إلى ملف سد النهضة. وأطلع الرئيس التركي "
            "رجب طيب أردوغان نظيره الإيراني حسن روحاني على العمليات، فإن الرئيس أردوغان أبلغ نظيره الإيراني باستحالة ذلك.")
    said = _statements(body)
    assert ("تطرق", ["سامح شكري"]) in said  # the one minister named before
    assert ("أبلغ", ["رجب طيب أردوغان"]) in said  # (whom he told is no speaker)


def test_a_second_meeting_in_one_sentence_and_a_group_named_one_by_one():
    body = ("التقى وزير الدفاع الاميركي اشتون كارتر الجمعة رئيس اقليم كردستان مسعود بارزاني. واجرى الوزير الاميركي "
            "لقاءات مع رئيس الوزراء حيدر العبادي ونظيره العراقي خالد العبيدي، وعقد اجتماعا مع رئيس مجلس النواب سليم "
            "الجبوري شارك فيه سياسيون. وتأخر وصول ممثلي الصندوق للمشاركة في جولة جديدة من المحادثات بين اليونان "
            "وممثلي الدائنين الدوليين وهم صندوق النقد الدولي والبنك المركزي الأوروبي. كان ممثلو المفوضية الأوروبية قد "
            "وصلوا إلى أثينا. كان مسئولون حكوميون يونانيون قد قالوا أمس إن المفاوضين يأملون في استكمال المذكرة.")
    assert _told(body, "meeting") == [("meeting", ["أشتون كارتر", "مسعود بارزاني"]),
                                      ("meeting", ["أشتون كارتر", "حيدر العبادي", "خالد العبيدي"]),
                                      ("meeting", ["أشتون كارتر", "سليم الجبوري"]),
                                      ("meeting", ["اليونان", "صندوق النقد الدولي", "البنك المركزي الأوروبي"])]
    assert _statements(body) == []  # (Greek officials unnamed, not the commission carried over)


def test_a_greeter_named_before_was_and_the_spokesman_again_and_a_wire_after_hasb():
    body = ("التقى وزير الخارجية المصري سامح شكري، أمس بمقر الكلية الحربية، بطلبة الكلية. وصرح السفير بدر عبد العاطي، "
            "المتحدث الرسمي باسم الخارجية المصرية، أن اللواء أركان حرب عصمت مراد مدير الكلية الحربية، كان في استقبال "
            "الوزير. وأشار الوزير شكري إلى أن مصر بدأت في استعادة قوتها. وأضاف المتحدث أن الوزير تناول الملفات. "
            "وحسب «رويترز»، تشمل إجراءات الإنقاذ قواعد جديدة.")
    assert _roles(body, "meeting") == [("meeting", "استقبال", [("source", "عصمت مراد"), ("target", "سامح شكري"),
                                                                ("reporter", "بدر عبد العاطي")])]  # (not "أركان حرب")
    assert _statements(body) == [("وصرح", ["بدر عبد العاطي"]), ("وأشار", ["سامح شكري"]),
                                 ("وأضاف", ["بدر عبد العاطي"]), ("وحسب", ["رويترز"])]


def test_met_with_after_where_he_went_and_a_listed_surname_and_the_reception_told_again():
    body = ("زار المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران اليوم حيث التقى مع وزير الشؤون الخارجية، محمد جواد "
            "ظريف، ونائب وزير الشؤون الخارجية حسين أمير عبد اللهيان. واتهمت ميليشيا وحدات الحماية الكردية تنظيم داعش "
            "بإطلاق قذائف.")
    assert _told(body, "meeting") == [("meeting", ["ستيفان دي ميستورا", "محمد جواد ظريف", "عبد اللهيان"])]  # (التقى مع)
    assert _statements(body) == [("واتهمت", ["وحدات حماية الشعب الكردية"])]
    body = ("استقبل الملك سلمان بن عبد العزيز في قصر السلام أمس آشتون كارتر وزير الدفاع الأميركي والوفد المرافق له. "
            "ونقل كارتر لخادم الحرمين الشريفين تحيات الرئيس الأميركي. وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين "
            "الشريفين بأنه من المتوقع أن يزور الملك سلمان الولايات المتحدة. وبحسب وكالة «رويترز»، كان كارتر قد قال "
            "للملك سلمان إن أوباما يتطلع للقائه. ونقلت وكالة «رويترز» قول وزير الدفاع الأميركي وهو في السعودية إن "
            "«قدرة إيران على العدوان» تمثل هما مشتركا.")
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "أشتون كارتر"])]  # (told again)
    assert _roles(body, "statement") == [
        ("statement", "وصرح", [("speaker", "أشتون كارتر")]),  # the surname alone, after the listed name
        ("statement", "قال", [("speaker", "أشتون كارتر")]),  # (بحسب, then كان X قد قال: his saying)
        ("statement", "ونقلت", [("speaker", "أشتون كارتر"), ("reporter", "رويترز")])]


def test_a_name_in_marks_after_its_honorific_a_list_past_those_unnamed_and_thanks_after_a_phrase():
    body = ("وأوضح \"الدكتور نزار فقيه\" أن هناك مضاعفات. وبين \"فقيه\" أن حالة الطفل مستقرة. استقبل خادم الحرمين "
            "الشريفين الملك سلمان بن عبدالعزيز اليوم، معالي الشيخ الدكتور صالح بن عبدالله بن حميد، ومعالي الرئيس العام "
            "لشؤون المسجد الحرام الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس، وأصحاب الفضيلة المشايخ أئمة ومؤذني "
            "المسجد الحرام، وكبير سدنة بيت الله الحرام الدكتور صالح بن زين العابدين الشيبي، وأسرة آل شيبي، الذين "
            "قدموا للسلام عليه. وأعرب الشيخ عبدالرحمن السديس عن تقديرهم. وأزجى معاليه الشكر لخادم الحرمين الشريفين.")
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "صالح بن عبدالله بن حميد",
                                                   "عبدالرحمن بن عبدالعزيز السديس", "صالح بن زين العابدين الشيبي",
                                                   "آل شيبي"])]  # (زين العابدين: a father of two words)
    said = _statements(body)
    assert said[:2] == [("وأوضح", ["نزار فقيه"]), ("وبين", ["نزار فقيه"])]
    assert said[-1] == ("وأزجى", ["عبدالرحمن بن عبدالعزيز السديس"])  # thanks offered
    body = ("استقبل أمين منطقة المدينة المنورة الدكتور خالد بن عبدالقادر طاهر بمكتبه المهندس حمود بن عليثة الحربي. "
            "وأبدى أمين منطقة المدينة المنورة سعادته بصدور ترخيص الجمعية لتكون أول جمعية نوعية وفي الختام شكر معالية "
            "جهود وزارة الشؤون الاجتماعية على جهودهم.")
    assert _statements(body) == [("وأبدى", ["خالد بن عبدالقادر طاهر"]),
                                 ("شكر", ["خالد بن عبدالقادر طاهر"])]  # a verb after "وفي الختام", not a noun


def test_ali_and_a_rare_family_name_his_highness_spoke_about_and_an_attache():
    body = ("استقبل الأمير خالد الفيصل بمكتب سموه بجدة مدير عام مؤسسة مكة للطباعة والإعلام لؤي مطبقاني، ورئيس التحرير "
            "المكلف علي الزيد. وجرى خلال اللقاء تقديم الشكر للأمير، فيما تحدث سموه عن الآمال المعقودة على الصحيفة. "
            "وقد قدم الملحق التجاري لؤي مطبقاني شرحاً عن حجم التبادل التجاري، كما قدم شرحاً عن أهم المناطق.")
    assert _told(body, "meeting") == [("meeting", ["خالد الفيصل", "لؤي مطبقاني", "علي الزيد"])]
    assert _statements(body) == [("تحدث", ["خالد الفيصل"]), ("قدم", ["لؤي مطبقاني"]), ("قدم", ["لؤي مطبقاني"])]


def test_met_among_them_a_farewell_at_the_airport_and_a_cable_of_thanks():
    body = ("قام نائب وزير الصحة للشؤون الصحية حمد بن محمد الضويلع بزيارة تفقدية لمناطق الحد الجنوبي، والتقى خلال "
            "زيارته قيادات الصحة في القطاع الجنوبي منهم مدير صحة نجران الصيدلي صالح المونس. والذي يُعتبر من أحدث "
            "العنايات. غادر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد القاهرة. وكان في وداع الأمير محمد بن سلمان "
            "لدى مغادرته مطار القاهرة الدولي القائد العام للقوات المسلحة الفريق أول صدقي صبحي وسفير خادم الحرمين "
            "الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية الأستاذ أحمد قطان والملحق "
            "العسكري السعودي في مصر العقيد ركن عبدالله الجاسر. في سياق متصل بعث الأمير محمد بن سلمان بن عبدالعزيز "
            "ولي ولي العهد برقية شكر للرئيس عبدالفتاح السيسي: يطيب لي أن أعرب لفخامتكم عن بالغ امتناني.")
    assert _told(body, "meeting") == [("meeting", ["حمد بن محمد الضويلع", "صالح المونس"]),
                                      ("meeting", ["محمد بن سلمان", "صدقي صبحي", "أحمد قطان", "عبدالله الجاسر"])]
    # (not the king, named in the ambassador's title; "يُعتبر" is passive; "أن أعرب" is the cable's "I")
    assert _statements(body) == [("بعث", ["محمد بن سلمان"])]


def test_two_participles_joined_a_tweet_written_and_a_saying_to_come():
    body = ("واجتمع المدرب خورخي دا سيلفا مع اللاعبين، مبينا لهم أهمية المرحلة، مرحبا ومشيدا في الوقت نفسه بخطوة "
            "التعاقد. نايف هزازي، الذي كتب تغريدة في حسابه على تويتر قبل حضوره، شارك في المناورة. وقالت مصادر في "
            "الاتحاد الأوروبي إن فدريكا موغريني ستؤكد خلال لقاءاتها حرص الاتحاد.")
    assert _statements(body) == [("مبينا", ["خورخي دا سيلفا"]), ("مرحبا", ["خورخي دا سيلفا"]),
                                 ("ومشيدا", ["خورخي دا سيلفا"]), ("كتب", ["نايف هزازي"])]


def test_talks_held_by_two_with_a_long_title_and_the_declaration_they_issued():
    body = ("جاء ذلك خلال محادثات أجراها محمد بن سلمان بن عبد العزيز، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
            "وزير الدفاع السعودي، والرئيس المصري عبد الفتاح السيسي، في القاهرة أمس. وأصدر الجانبان ما أطلق عليه «إعلان "
            "القاهرة»، وأكدا فيه حرصهما على بذل الجهود. وأضاف الإعلان أنه بناء على التوجيه اتفق الجانبان على التعاون. "
            "وأشاد السيسي بمشاركة ولي ولي العهد في الحفل، ووصفها بأنها امتداد لموقف السعودية.")
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "عبد الفتاح السيسي"])]
    both = ["محمد بن سلمان", "عبد الفتاح السيسي"]
    assert _statements(body) == [("وأكدا", both), ("وأضاف", both),  # the declaration's, the two who issued it
                                 ("وأشاد", ["عبد الفتاح السيسي"]), ("ووصفها", ["عبد الفتاح السيسي"])]


def test_a_spokeswoman_named_after_whom_she_speaks_for_and_a_meeting_where_it_was_said():
    body = ("زار ستيفان دي ميستورا بكين أمس. وقالت الناطقة باسم دي ميستورا جيسي شاهين، في رسالة إلكترونية، إن المبعوث "
            "ناقش الوضع. واعتبر المرصد السوري لحقوق الإنسان، في تقرير له أمس، أن القرار يهدف إلى التعتيم. "
            "وحاول وزير الدفاع الأميركي اشتون كارتر تبديد قلق اسرائيل. واعلن كارتر الاثنين ان الولايات المتحدة مستعدة لتعزيز تعاونها "
            "العسكري مع اسرائيل، خلال لقاء مع نظيره الاسرائيلي موشيه يعالون. وقد أبدى الملك سلمان تحياته وتقديره "
            "لأصحاب الجلالة.")
    said = _statements(body)
    assert said[:2] == [("وقالت", ["جيسي شاهين"]), ("واعتبر", ["المرصد السوري لحقوق الإنسان"])]
    assert not any(trigger == "أبدى" for trigger, _ in said)  # greetings shown
    assert ("meeting", "لقاء", [("source", "أشتون كارتر"), ("target", "موشيه يعالون")]) in _roles(body, "meeting")


def test_a_pair_named_after_the_verb_then_those_they_meet():
    body = ("سيلتقي وزير الخارجية الأميركي جون كيري الاحد مع نظيره المصري سامح شكري. وبالاضافة الى هذا سيبحث كيري "
            "ومساعده لشؤون حقوق الانسان توم مالينوفسكي مع المسؤولين المصريين مخاوف واشنطن.")
    assert ("meeting", "سيبحث", [("source", "جون كيري"), ("source", "توم مالينوفسكي"), ("target", "Egypt")]) \
        in _roles(body, "meeting")  # (Egypt through its officials, implied: its English name)


def test_a_guest_named_before_wadhalika_and_drew_attention():
    body = ("استقبل المشرف العام على مركز الملك سلمان للإغاثة د. عبدالله بن عبدالعزيز الربيعة أمس المنسق الإقليمي "
            "للعمليات الإنسانية في اليمن عامر الداوودي وذلك بمقر المركز بالرياض. ونبه الربيعة إلى الدور السلبي "
            "لبعض القنوات.")
    assert _told(body, "meeting") == [("meeting", ["عبدالله بن عبدالعزيز الربيعة", "عامر الداوودي"])]
    assert _statements(body) == [("ونبه", ["عبدالله بن عبدالعزيز الربيعة"])]


def test_a_spokesman_for_a_body_before_a_relative_a_condemnation_and_initials_written_together():
    body = ("أكد المتحدث باسم التحالف الذي تقوده السعودية أن التحالف يهدف إلى عودة الحكومة. وقال العميد أحمد عسيري "
            "إن التحالف مستعد. واستنكر عسيري اتهامات "
            "منظمة هيومن رايتس ووتش للتحالف بأن طائراته قصفت مدنيين، مضيفا أن المنظمة لم تطلب تعليق التحالف. وقال "
            "الرئيس الكيني اوهورو كينياتا عشية المحادثات انها ليست مطروحة. غير ان الرئيس الأمريكي باراك اوباما وفي "
            "مقابلة مع بي.بي.سي قال انه ليس من هواة التمييز. وقال كينياتا قبيل انطلاق الاجتماع إن الأمن أولوية.")
    said = _statements(body)
    assert said[0] == ("أكد", ["التحالف"])  # (not "التحالف الذي")
    assert ("واستنكر", ["أحمد عسيري"]) in said and ("مضيفا", ["أحمد عسيري"]) in said  # (not the body he condemned)
    assert ("قال", ["باراك أوباما"]) in said  # (بي.بي.سي ends no sentence)
    assert said[-1] == ("وقال", ["اوهورو كينياتا"])  # (not "كينياتا قبيل")


def test_talks_held_with_someone_by_the_sentences_subject_and_a_farewell_listed_name_first():
    body = ("شدد الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد، على أن المباحثات التي أجراها مع الرئيس المصري عبد "
            "الفتاح السيسي، أمس، في القاهرة، تؤكد على متانة الروابط بين البلدين. وكان في وداع الأمير محمد بن سلمان لدى "
            "مغادرته مطار القاهرة الدولي الفريق أول صدقي صبحي القائد العام للقوات المسلحة، وأحمد قطان سفير خادم "
            "الحرمين الشريفين لدى مصر، والعقيد ركن عبد الله الجاسر الملحق العسكري، وأعضاء السفارة السعودية.")
    assert _told(body, "meeting") == [("meeting", ["محمد بن سلمان", "عبد الفتاح السيسي"]),
                                      ("meeting", ["محمد بن سلمان", "صدقي صبحي", "أحمد قطان", "عبد الله الجاسر"])]
    assert _statements(body) == [("شدد", ["محمد بن سلمان"])]  # (the talks "تؤكد": no one speaks)


def test_the_hosts_father_a_medal_a_committee_chaired_and_a_name_closed_by_lewakala():
    body = ("استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز في قصر السلام اليوم، أصحاب السمو "
            "الأمراء، وجموعا من المواطنين الذين قدموا للسلام عليه. عقد الملك سلمان بن عبدالعزيز جلسة مباحثات مع "
            "الرئيس الفرنسي فرانسوا هولاند. فيما قلد فخامته، خادم الحرمين الشريفين وسام الأسد الوطني. أعلنت إدارة "
            "النادي الأهلي أن وفدا من النادي اجتمع مع لجنة المسابقات في الاتحاد السعودي لكرة القدم برئاسة خالد "
            "المقرن. فقد تم عقد اجتماع تشاوري مع رئيس لجنة المسابقات باتحاد كرة القدم. وأكد المتحدث باسم الرئاسة "
            "النيجيرية فهمي عاديسينا لوكالة الصحافة الفرنسية، أن الرئيس يتوجه إلى الكاميرون.")
    assert _told(body, "meeting") == [("meeting", ["سلمان بن عبدالعزيز آل سعود", "فرانسوا هولاند"]),
                                      ("meeting", ["النادي الأهلي", "لجنة المسابقات", "خالد المقرن"])]
    # (not the prince's father, not the medal; the committee's meeting told again with fewer parties)
    assert ("وأكد", ["فهمي عاديسينا"]) in _statements(body)
