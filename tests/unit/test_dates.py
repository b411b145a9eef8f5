from datetime import datetime, timezone

import pytest

from worker.stages.dates import parse_datetime


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-07-03T11:49:00Z", (2024, 7, 3, 11, 49)),
        ("2024-07-03T14:49:00+03:00", (2024, 7, 3, 11, 49)),
        ("11:49 GMT 03.07.2024", (2024, 7, 3, 11, 49)),
        ("تاريخ النشر: 27th, December 2023 GMT", (2023, 12, 27, 0, 0)),
        ("الأربعاء 3 يوليو 2024", (2024, 7, 3, 0, 0)),
        ("٣ تموز ٢٠٢٤", (2024, 7, 3, 0, 0)),
        ("25 كانون الأول 2023", (2023, 12, 25, 0, 0)),
        ("1720007340", (2024, 7, 3, 11, 49)),
        ("1720007340000", (2024, 7, 3, 11, 49)),
        ("5 شوال 1436هـ", (2015, 7, 21, 0, 0)),  # Hijri, Umm al-Qura
        ("1436/10/30هـ", (2015, 8, 15, 0, 0)),
        ("٢٨/ ١٠/ ١٤٣٦هـ", (2015, 8, 13, 0, 0)),
        ("03/07/2024", (2024, 7, 3, 0, 0)),  # day first, as Arab outlets write it
        ("2024/07/03", (2024, 7, 3, 0, 0)),
        ("3 جويلية 2024", (2024, 7, 3, 0, 0)),
    ],
)
def test_formats_seen_in_feeds(text, expected):
    assert parse_datetime(text) == datetime(*expected, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [None, "", "garbage", "31 فبراير 2024", "99:99 GMT 45.13.2024"])
def test_unreadable_dates_give_none(text):
    assert parse_datetime(text) is None


from datetime import date  # noqa: E402

from worker.stages.temporal import find_dates  # noqa: E402

WEDNESDAY = date(2024, 7, 3)


@pytest.mark.parametrize(
    "text, value, precision, relative",
    [
        ("التقى الرئيس اليوم الأربعاء نظيره", "2024-07-03", "day", True),
        ("وصل أمس إلى موسكو", "2024-07-02", "day", True),
        ("وكان قد وصل أمس الأول", "2024-07-01", "day", True),
        ("يصل غداً إلى أنقرة", "2024-07-04", "day", True),
        ("اجتمع يوم الإثنين الماضي", "2024-07-01", "day", True),
        ("يجتمع السبت المقبل", "2024-07-06", "day", True),
        ("في الأحد", "2024-06-30", "day", True),  # bare weekday: the latest on or before
        ("تعقد الشهر المقبل", "2024-08", "month", True),
        ("تراجعت الأسبوع الماضي", "2024-W26", "week", True),
        ("ارتفعت العام الماضي", "2023", "year", True),
        ("في نوفمبر/ تشرين الثاني من هذا العام", "2024-11", "month", True),
        ("في 21 يونيو", "2024-06-21", "day", True),
        ("في 3 يوليو 2024م", "2024-07-03", "day", False),
        ("في كانون الأول 2023", "2023-12", "month", False),
        ("عام 2008", "2008", "year", False),
        ("الخميس الموافق 28/ 10/ 1436هـ", "2015-08-13", "day", False),
    ],
)
def test_date_mentions_resolve_against_published_at(text, value, precision, relative):
    (mention,) = find_dates(text, WEDNESDAY)
    assert (mention.value, mention.precision, mention.relative) == (value, precision, relative)
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", ["نقل موقع روسيا اليوم عن بوتين", "في اليوم الأول من البطولة", "عين اليوم – الرياض",
                                  "احتفلت المملكة باليوم الوطني"])
def test_today_inside_names_and_ordinals_is_not_a_date(text):
    assert find_dates(text, WEDNESDAY) == []


def test_relative_mentions_without_an_anchor_are_kept_unresolved():
    (mention,) = find_dates("وصل أمس إلى موسكو", None)
    assert mention.value is None and mention.relative
