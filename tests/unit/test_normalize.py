from hypothesis import given, strategies as st

from worker.lang.ar.normalize import normalize
from worker.lang.ar.script import arabic_ratio, language_of


def test_folds_variants_seen_in_feeds():
    assert normalize("بین") == normalize("بين")                 # Persian yeh in a SANA tag line
    assert normalize("أوزبكستان") == normalize("اوزبكستان")
    assert normalize("مدرسـة") == normalize("مدرسه")             # tatweel, teh marbuta
    assert normalize("إلى") == normalize("الي")
    assert normalize("مُحَمَّد") == normalize("محمد")
    assert normalize("٢٠٢٤") == "2024"
    assert normalize("بو\u200fتين\u200b") == normalize("بوتين")  # bidi / zero-width controls


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def test_language_of():
    assert language_of("التقى الرئيس الروسي فلاديمير بوتين") == "ar"
    assert language_of("The Russian president met") == "other"
    assert arabic_ratio("") == 0.0
