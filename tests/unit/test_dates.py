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
    ],
)
def test_formats_seen_in_feeds(text, expected):
    assert parse_datetime(text) == datetime(*expected, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [None, "", "garbage", "31 فبراير 2024", "99:99 GMT 45.13.2024"])
def test_unreadable_dates_give_none(text):
    assert parse_datetime(text) is None
