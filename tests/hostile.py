"""A corpus of hostile inputs, each with what must become of it: a DLQ reason, or "enriched".

Used in-process (tests/unit/test_hostile.py) and through the broker (the fault suite).
"""

from __future__ import annotations

import json
import random

import orjson

ENRICHED = "enriched"
ARABIC = "التقى الرئيس الروسي فلاديمير بوتين في موسكو نظيره الكازاخستاني لبحث التعاون الاقتصادي. "
MAX_BYTES = 1_000_000  # the worker's default max_article_bytes


def _article(body: str, **extra) -> bytes:
    return orjson.dumps({"id": extra.pop("id", "x"), "source": "hostile", "body": body, **extra})


def _nested(depth: int) -> bytes:
    return b'{"id": "deep", "source": "hostile", "body": "' + ARABIC.encode() + b'", "meta": ' + \
        b'{"a": ' * depth + b"1" + b"}" * depth + b"}"


def cases() -> list[tuple[str, bytes | None, str]]:
    rnd = random.Random(5)
    return [
        ("invalid utf-8", b'{"id": "u", "source": "hostile", "body": "\xff\xfe\xd9\x86"}', "invalid_utf8"),
        ("overlong utf-8 encoding", b'{"id": "o", "source": "hostile", "body": "\xc0\xaf"}', "invalid_utf8"),
        ("lone surrogate escape", json.dumps({"id": "s", "source": "hostile", "body": ARABIC + "\ud800"}).encode(),
         "invalid_utf8"),  # a string no UTF-8 can carry
        ("binary garbage", bytes(rnd.randrange(256) for _ in range(4096)), "invalid_utf8"),
        ("empty message", b"", "invalid_json"),
        ("null value", None, "invalid_json"),
        ("JSON array", b"[1, 2, 3]", "not_an_object"),
        ("deeply nested JSON, over the size limit", _nested(200_000), "body_too_large"),
        ("nested past the parser's depth", _nested(5_000), "invalid_json"),
        ("NaN literal", b'{"id": "n", "source": "hostile", "body": NaN}', "invalid_json"),
        ("huge integer id", b'{"id": 1' + b"0" * 400 + b', "source": "hostile", "body": "' + ARABIC.encode() + b'"}',
         "invalid_json"),
        ("wrong schema_version", _article(ARABIC, schema_version=99), "unsupported_schema_version"),
        ("body is a number", orjson.dumps({"id": "t", "source": "hostile", "body": 42}), "wrong_type"),
        ("no source", orjson.dumps({"id": "m", "body": ARABIC}), "missing_field"),
        ("empty body", _article(""), "empty_body"),
        ("whitespace and zero-width only", _article(" \n\t\u200b\u200c\u200d\ufeff "), "empty_body"),
        ("markup only", _article("<br><p></p><script>x</script>"), "empty_body"),
        ("punctuation only", _article("\u200f. … ! ؟"), "empty_body"),
        ("latin only", _article("The quick brown fox jumps over the lazy dog. " * 50), "not_arabic"),
        ("body over the limit", _article("ب" * (MAX_BYTES // 2 + 10)), "body_too_large"),
        ("a million diacritics", _article("ب" + "\u064e" * 1_000_000), "body_too_large"),
        ("diacritics up to the limit", _article("بَ" + "\u064e\u0650\u0651" * 150_000), ENRICHED),
        ("bidi controls everywhere", _article("".join(c + "\u202e\u2067\u200f" for c in ARABIC * 20)), ENRICHED),
        ("zero-width joiners between letters", _article("\u200d".join(ARABIC * 20)), ENRICHED),
        ("tatweel runs", _article(ARABIC.replace(" ", "ـــــــــــــــ ") * 50), ENRICHED),
        ("one giant word", _article("ب" * 400_000), ENRICHED),
        ("no whitespace, punctuation storm", _article(("بوتين،" + "!?.:-" * 20) * 2_000), ENRICHED),
        ("dateline-like repeats", _article("موسكو - سانا " * 30_000), ENRICHED),
        ("read-also-like repeats", _article((ARABIC + "\nاقرأ أيضا\n") * 3_000), ENRICHED),
        ("date-like digit runs", _article(ARABIC + " ".join(["2024/07/03"] * 40_000)), ENRICHED),
        ("quotes never closed", _article(ARABIC + "«" * 100_000 + '"' * 100_000), ENRICHED),
        ("html-ish nesting", _article("<div>" * 20_000 + ARABIC + "</div>" * 20_000), ENRICHED),
        ("title and meta huge", _article(ARABIC, title="ع" * 200_000, meta={"k": ["v" * 100] * 1_000}), ENRICHED),
        ("mixed scripts and emoji", _article((ARABIC + "🇸🇾😀 abc ١٢٣ ") * 500), ENRICHED),
        ("CR-only line ends and form feeds", _article((ARABIC + "\r\x0c\x0b") * 500), ENRICHED),
        ("control characters", _article(ARABIC + "".join(map(chr, range(1, 32))) * 100), ENRICHED),
        ("non-characters and private use", _article((ARABIC + "\ufdd0\uffff\ue000\U0010ffff") * 500), ENRICHED),
    ]
