"""The clean stage: the two seeds per ../shared/data/seeds/EXPECTED.md, HTML bodies, rules."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from worker.pipeline import enrich
from worker.records import RawArticle
from worker.stages.boilerplate import classify_line
from worker.stages.clean import clean
from worker.stages.dateline import dateline_from_byline, find_dateline


@pytest.fixture(scope="module")
def sputnik(examples_dir):
    body = (examples_dir / "sputnik-sco-astana-2024-07-03.txt").read_text("utf-8")
    return body, clean(body)


@pytest.fixture(scope="module")
def sana(examples_dir):
    body = (examples_dir / "sana-cis-stpetersburg-2023-12-27.txt").read_text("utf-8")
    return body, clean(body)


def _spans_map_back(body, cleaned):
    for span in cleaned.boilerplate + cleaned.dates:
        assert body[span["start"]:span["end"]] == span["text"]
    for line in cleaned.text.split("\n"):  # every kept line is a verbatim piece of the original
        start = cleaned.text.index(line)
        o_start, o_end = cleaned.original_span(start, start + len(line))
        assert body[o_start:o_end] == line


def test_sputnik_header_and_credits_are_boilerplate(sputnik):
    body, c = sputnik
    assert c.title == "أهم لقاءات بوتين مع الزعماء المشاركين في قمة شنغهاي للتعاون... فيديو"
    assert c.published_at == datetime(2024, 7, 3, 11, 49, tzinfo=timezone.utc)
    assert c.updated_at == datetime(2024, 7, 3, 15, 35, tzinfo=timezone.utc)
    kinds = [(b["kind"], b["text"][:12]) for b in c.boilerplate]
    assert kinds == [("title", "أهم لقاءات ب"), ("date_stamp", "11:49 GMT 03"), ("photo_credit", "© Sputnik . "),
                     ("photo_credit", "© Sputnik . "), ("follow", "/ تابعنا عبر")]
    assert "©" not in c.text and "تابعنا" not in c.text and "GMT" not in c.text
    assert c.text.startswith("التقى الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، مع عدد من الرؤساء")
    assert c.text.endswith('"تعزيز الحوار المتعدد الأطراف – السعي لتحقيق السلام والتنمية المستدامين".')
    assert c.text.split("\n")[-1].startswith("وتوجه بوتين إلى أستانا")  # the last paragraph is body
    assert c.dateline is None and c.original_source is None and c.related == [] and c.language == "ar"
    _spans_map_back(body, c)


def test_sputnik_dates_resolve_against_published_at(sputnik):
    _, c = sputnik
    values = {(d["text"], d["value"], d["precision"]) for d in c.dates}
    assert ("اليوم الأربعاء", "2024-07-03", "day") in values
    assert ("نوفمبر/ تشرين الثاني من هذا العام", "2024-11", "month") in values
    assert all(d["relative"] for d in c.dates)


def test_sana_header_dateline_source_tags(sana):
    body, c = sana
    assert c.title == "بوتين: الأولوية لتقوية الروابط الاقتصادية بين دول رابطة الدول المستقلة"
    assert c.published_at == datetime(2023, 12, 27, tzinfo=timezone.utc)
    assert {k: c.dateline[k] for k in ("place", "place_en", "agency", "agency_text")} == {
        "place": "موسكو", "place_en": "Moscow", "agency": "SANA", "agency_text": "سانا"}
    assert body[c.dateline["start"]:c.dateline["end"]] == "موسكو-سانا"
    assert c.original_source == "الوكالة العربية السورية للأنباء"
    tags = [b for b in c.boilerplate if b["kind"] == "tags"]
    assert [t["text"] for t in tags] == ["كلمات دلالية: بین دول"]  # Persian ی kept as published
    assert c.text.startswith("افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة")
    assert c.text.endswith("وطاجيكستان وتركمانستان وأوزبكستان.")
    _spans_map_back(body, c)


def test_sana_read_also_tail_is_another_article(sana):
    body, c = sana
    for word in ("إقرأ", "العزي", "يمانيون", "ترامب"):
        assert word not in c.text
    (tail,) = [b for b in c.boilerplate if b["kind"] == "read_also"]
    assert tail["text"].startswith("إقرأ أيضاً:") and tail["end"] == len(body)
    (related,) = c.related
    assert related.title == "حسين العزي: دول خليجية تعرقل جهود السلام بين روسيا وأمريكا بشأن أوكرانيا"
    assert related.body.startswith("يمانيون../\nكشف عضو المكتب السياسي") and body[related.start:related.end] == related.body
    child = clean(related.body, related.title)
    assert child.dateline["agency"] == "Yamanyoon" and child.text.startswith("كشف عضو المكتب السياسي")


def test_enrich_links_the_split_article_to_its_parent(sana):
    body, _ = sana
    e = enrich(RawArticle(source="sana", body=body, id="sana-1"))
    (child,) = e.related
    assert child.parent_article_id == e.article_id and e.related_ids[0].startswith("a")
    assert child.meta["split_from"] == "read_also" and child.as_record()["meta"]["parent_span"][1] == len(body)
    assert enrich(child).parent_article_id == e.article_id


HTML = """<html><head><title>x</title><style>p{color:red}</style><script>var a = "<p>لا</p>";</script></head>
<body><h1>القمة العربية تختتم أعمالها</h1>
<p>القاهرة - (أ ش أ) - اختتمت القمة العربية أعمالها اليوم الخميس في القاهرة بحضور القادة العرب &amp; ممثلي
الدول الأعضاء، وأكد البيان الختامي على أهمية التعاون.</p>
<!-- ad slot --><p>وقال الأمين العام إن &quot;القمة ناجحة&quot; وإن القادة اتفقوا على الاجتماع مجددا الشهر المقبل في الرياض.</p>
<p>المصدر: وكالة أنباء الشرق الأوسط</p></body></html>"""


def test_html_body_is_read_with_offsets_into_the_html():
    c = clean(HTML, None, published_at=datetime(2024, 3, 7, tzinfo=timezone.utc))
    assert c.title == "القمة العربية تختتم أعمالها"
    assert c.text.split("\n") == [
        "اختتمت القمة العربية أعمالها اليوم الخميس في القاهرة بحضور القادة العرب & ممثلي "
        "الدول الأعضاء، وأكد البيان الختامي على أهمية التعاون.",
        'وقال الأمين العام إن "القمة ناجحة" وإن القادة اتفقوا على الاجتماع مجددا الشهر المقبل في الرياض.',
    ]
    assert (c.dateline["place_en"], c.dateline["agency"]) == ("Cairo", "MENA")
    assert c.original_source == "وكالة أنباء الشرق الأوسط"
    assert "color" not in c.text and "var a" not in c.text and "ad slot" not in c.text
    amp = c.text.index("&")
    start, end = c.original_span(amp, amp + 1)
    assert HTML[start:end] == "&amp;"  # a decoded entity maps to its source
    quote = c.text.index("القمة ناجحة")
    start, end = c.original_span(quote, quote + len("القمة ناجحة"))
    assert HTML[start:end] == "القمة ناجحة"
    assert {(d["text"], d["value"]) for d in c.dates} == {("اليوم الخميس", "2024-03-07"), ("الشهر المقبل", "2024-04")}
    for span in c.boilerplate + c.dates:
        assert HTML[span["start"]:span["end"]] == span["text"]


def test_title_from_record_and_its_repeat_in_the_body_is_dropped():
    body = "عنوان الخبر\n" + "نص الخبر الأول الطويل بما يكفي ليكون فقرة حقيقية من فقرات المقال المنشور اليوم في الصحيفة."
    c = clean(body, "&quot;عنوان&quot; الخبر")
    assert c.title == '"عنوان" الخبر'  # entities in the record's title are decoded
    c = clean(body, "عنوان الخبر")
    assert c.text.startswith("نص الخبر") and c.boilerplate[0]["kind"] == "title"


def test_a_poem_is_not_mistaken_for_a_headline():
    poem = "ليتني مثل النخل ما يجيب الا تمر\nيا حبيب القلب قل لي وش بلاك\nكل ما قلت اصبر الشوق انتصر"
    assert clean(poem).title is None and clean(poem).text == poem


def test_latin_body_is_flagged_not_dropped():
    c = clean("The summit opened today in Astana with leaders of the member states. " * 3)
    assert c.language == "other" and c.text
    mixed = clean("افتتحت القمة أعمالها اليوم. The summit opened today in Astana with many leaders present there.")
    assert mixed.language == "mixed"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("موسكو-سانا", ("موسكو", "SANA", None)),
        ("القاهرة - (أ ش أ) - قال الرئيس", ("القاهرة", "MENA", None)),
        ("بيروت ـ «القدس العربي»: أعلن الجيش", ("بيروت", "Al-Quds Al-Arabi", None)),
        ("(رويترز) - قال مسؤول", (None, "Reuters", None)),
        ("يمانيون../", (None, "Yamanyoon", None)),
        ("عبدالله الراجحي- سبق- جدة: أكد مدير عام", ("جدة", "Sabq", "عبدالله الراجحي")),
        ("عين اليوم – نيويورك", ("نيويورك", "3alyoum", None)),
        ("داليا أبوالعيش – عين اليوم", (None, "3alyoum", "داليا أبوالعيش")),
        ("واشنطن - أعلنت وزارة الخارجية الأمريكية أمس", ("واشنطن", None, None)),
        ("التقى الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء", None),
        ("الرياض تستضيف القمة المقبلة للمجموعة", None),
        ("«Superbeam»", None),
    ],
)
def test_datelines(line, expected):
    found = find_dateline(line)
    assert (found and (found.place, found.agency, found.byline)) == expected


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("الجزيرة - واس:", (None, "SPA")),  # the wire agency, not the newspaper
        ("\xa0فيصل مجرشي (جدة)", ("Jeddah", None)),
        ("«الاقتصادية» من الرياض", ("Riyadh", "Aleqtisadiya")),
        ("وكالات (طوكيو)", ("Tokyo", "agencies")),
        ("محمد النعمي", None),
    ],
)
def test_datelines_from_byline_fields(byline, expected):
    found = dateline_from_byline(byline)
    assert (found and (found.place_en, found.agency)) == expected


@pytest.mark.parametrize(
    "line, kind",
    [
        ("© Sputnik . Sergey Guneev", "photo_credit"),
        ("(تصوير: سامي الغامدي)", "photo_credit"),
        ("/ تابعنا عبر", "follow"),
        ("تابعونا على تويتر", "follow"),
        ("المصدر: الوكالة العربية السورية للأنباء", "source"),
        ("كلمات دلالية: بین دول", "tags"),
        ("a.khojah@asharqalawsat.com", "contact"),
        ("للتواصل أرسل sms إلى 88548 الاتصالات ,636250 موبايلي", "contact"),
        ("* خدمة «نيويورك تايمز»", "syndication"),
        ("* * *", "separator"),
        ("Next Previous", "navigation"),
        ("اقرأ أيضا: الرئيس يستقبل الوفد", "read_also"),
    ],
)
def test_boilerplate_lines(line, kind):
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "وقال المصدر: إن الاجتماع سيعقد غدا",  # "المصدر" inside a sentence
        "تابعنا في الأسبوع الماضي سيرة الملك البروسي «فريدريك العظيم»، الذي يعد المحرك الحقيقي للنهضة",
        "أعلنت الشركة نتائجها المالية للفترة المنتهية في 30 يونيو 2015م وسط توقعات بارتفاع الأرباح.",
        "سمات القائد الناجح كثيرة ومنها الصبر والحكمة.",
    ],
)
def test_body_lines_are_not_boilerplate(line):
    assert classify_line(line) is None


def test_glued_footers_are_cut_from_the_last_paragraph():
    body = ("قال وزير الخارجية إن المحادثات كانت بناءة ومثمرة وإن الجانبين اتفقا على مواصلة الحوار في المرحلة المقبلة."
            " رابط الخبر بصحيفة الوئام: الوزير يصف المحادثات بالبناءة")
    c = clean(body)
    assert c.text.endswith("في المرحلة المقبلة.") and c.boilerplate[-1]["kind"] == "link_back"
    c = clean("انتعشت أسعار النفط في تعاملات متقلبة اليوم الثلاثاء مدعومة بتراجع الدولار. سمات النفط الدولار الأسواق")
    assert c.text.endswith("بتراجع الدولار.") and c.boilerplate[-1]["text"] == "سمات النفط الدولار الأسواق"


def test_a_date_sentence_in_the_header_is_not_a_stamp():
    body = ("أعلنت مجموعة الاتصالات السعودية عن نتائجها المالية للفترة المنتهية في 30 يونيو 2015م.\n"
            "وأوضحت الشركة في بيان أن الأرباح ارتفعت بنسبة كبيرة مقارنة بالفترة نفسها من العام الماضي.")
    c = clean(body)
    assert c.published_at is None and c.text == body
