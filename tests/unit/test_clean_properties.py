"""Properties of the clean stage over generated articles (hypothesis).

Bodies are assembled from the pieces real feeds are made of — Arabic sentences, headlines,
date stamps, credits, datelines, source/tag lines, "read also" tails, Arabic-Indic digits,
diacritics, tatweel, zero-width and bidi controls — mixed with arbitrary Unicode, so the
rules fire in every combination and order.
"""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings, strategies as st

from worker.stages.clean import clean

WORDS = ["الرئيس", "بوتين", "التقى", "اليوم", "الأربعاء", "أمس", "في", "موسكو", "قمة", "رابطة", "الدول",
         "المستقلة", "وقال", "إن", "العلاقات", "بين", "البلدين", "تتطور", "مليار", "دولار", "١٣", "2024",
         "سمات", "رابط", "المصدر", "تابعنا", "عبر", "يوليو", "تموز", "الشهر", "المقبل", "هـ", "ـــ", "بُوتِين"]
PIECES = [
    "11:49 GMT 03.07.2024 (تم التحديث: 15:35 GMT 03.07.2024)", "تاريخ النشر: 27th, December 2023 GMT",
    "© Sputnik . Sergey Guneev", "/ تابعنا عبر", "موسكو-سانا", "القاهرة - (أ ش أ) -", "(رويترز) -",
    "المصدر: الوكالة العربية السورية للأنباء", "كلمات دلالية: بین دول", "إقرأ أيضاً:", "يمانيون../",
    "رابط الخبر بصحيفة الوئام: عنوان", "سمات النفط الدولار", "***", "Next Previous", "الأربعاء 3 يوليو 2024",
    "5 شوال 1436هـ", "\u200f", "\u200b", "\u2067", "\u0640", "&amp;", "\xa0", "\t",
]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PIECES), st.text(max_size=6))
line = st.lists(token, min_size=0, max_size=25).map(" ".join)
sentence = st.lists(st.sampled_from(WORDS), min_size=12, max_size=40).map(lambda w: " ".join(w) + ".")
body = st.lists(st.one_of(line, sentence, st.sampled_from(PIECES)), min_size=1, max_size=14).map("\n".join)
anchor = st.none() | st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1),
                                  timezones=st.just(timezone.utc))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(original: str, cleaned) -> None:
    for span in cleaned.boilerplate + cleaned.dates:
        assert 0 <= span["start"] <= span["end"] <= len(original)
        assert original[span["start"]:span["end"]] == span["text"]
    if cleaned.dateline and "start" in cleaned.dateline:
        assert 0 <= cleaned.dateline["start"] <= cleaned.dateline["end"] <= len(original)
    for r in cleaned.related:
        assert original[r.start:r.end] == r.body


@SETTINGS
@given(st.text(max_size=2000), st.none() | st.text(max_size=60), anchor)
def test_never_raises_on_any_text(text, title, published_at):
    c = clean(text, title, published_at)
    _check_spans(text, c)


@SETTINGS
@given(body, anchor)
def test_every_kept_character_maps_back_to_the_same_character(text, published_at):
    c = clean(text, None, published_at)
    _check_spans(text, c)
    for i, ch in enumerate(c.text):  # plain text: the cleaned text is made of verbatim pieces of the original
        start, end = c.original_span(i, i + 1)
        if ch == "\n" and end == start:
            continue  # a line break inserted between kept lines
        assert text[start:end] == ch


@SETTINGS
@given(body, anchor)
def test_cleaning_is_idempotent(text, published_at):
    first = clean(text, None, published_at)
    again = clean(first.text, first.title, published_at or first.published_at)  # record first, as enrich() does
    assert again.text == first.text
    assert [b for b in again.boilerplate] == []
    assert [d["value"] for d in again.dates] == [d["value"] for d in first.dates]


html_piece = st.sampled_from(["<p>", "</p>", "<br>", "<div class='x'>", "</div>", "<b>", "</b>", "<!-- c -->",
                              "<script>var x = '<p>';</script>", "<style>p{}</style>", "&amp;", "&quot;", "&#1576;",
                              "&nbsp;", "<", "&", "&bogus;", "<img src='a.jpg'>"])
html_body = st.lists(st.one_of(html_piece, line), min_size=1, max_size=30).map("".join)


@SETTINGS
@given(html_body)
def test_html_bodies_map_back_into_the_html(text):
    c = clean(text)
    _check_spans(text, c)
    assert "<script" not in c.text and "<p>" not in c.text.replace("&lt;p&gt;", "")
    for i in range(len(c.text)):
        start, end = c.original_span(i, i + 1)
        assert 0 <= start <= end <= len(text)
