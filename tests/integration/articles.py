"""Generated articles for the integration tests: valid Arabic news and the malformed kinds."""

from __future__ import annotations

import random

import orjson

PLACES = ["موسكو", "القاهرة", "دمشق", "بيروت", "الرياض", "أستانا", "أنقرة", "بغداد"]
VERBS = ["التقى", "استقبل", "بحث", "أكد", "أعلن", "دعا"]


def article(i: int, source: str = "wire") -> dict:
    rnd = random.Random(i)
    place = rnd.choice(PLACES)
    body = (
        f"{place} - {rnd.choice(VERBS)} الرئيس اليوم وفدا رسميا في إطار الزيارة رقم {i} لبحث التعاون الاقتصادي.\n"
        f"وقال المتحدث إن الجانبين ناقشا ملفات الطاقة والتجارة والنقل، وإن المباحثات ستستمر في {place}."
    )
    return {"id": f"{source}-{i}", "source": source, "title": f"خبر رقم {i}", "body": body,
            "published_at": "2024-07-03T11:49:00Z"}


MALFORMED_KINDS = {
    "invalid_json": lambda i: b'{"id": "bad-%d", "source": "wire", "body": "\xd9\x86\xd8\xb5' % i,
    "missing_field": lambda i: orjson.dumps({"id": f"bad-{i}", "source": "wire", "title": "بلا نص"}),
    "wrong_type": lambda i: orjson.dumps({"id": f"bad-{i}", "source": "wire", "body": ["نص", i]}),
    "invalid_utf8": lambda i: b'{"id": "bad-%d", "source": "wire", "body": "\xff\xfe\xd9"}' % i,
    "body_too_large": lambda i: orjson.dumps({"id": f"bad-{i}", "source": "wire", "body": "ب" * (5 * 1024 * 1024 // 2)}),
}


def mixed_batch(total: int, malformed: dict[str, int], seed: int = 7) -> tuple[list[tuple[bytes, bytes]], dict[str, str]]:
    """``total`` messages of which ``malformed[kind]`` are broken, shuffled.

    Returns (key, value) pairs and, for every broken one, its key → expected DLQ reason.
    """
    messages: list[tuple[bytes, bytes]] = []
    expected: dict[str, str] = {}
    n_bad = sum(malformed.values())
    for i in range(total - n_bad):
        a = article(i)
        messages.append((a["id"].encode(), orjson.dumps(a)))
    i = 0
    for kind, count in malformed.items():
        for _ in range(count):
            key = f"bad-{i}"
            messages.append((key.encode(), MALFORMED_KINDS[kind](i)))
            expected[key] = kind
            i += 1
    random.Random(seed).shuffle(messages)
    return messages, expected


def _vocabulary() -> list[str]:
    from pathlib import Path

    words: set[str] = set()
    for path in sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt")):
        words.update(w for w in path.read_text("utf-8").split() if w.isalpha())
    return sorted(words)


VOCABULARY = _vocabulary()


def distinct_article(i: int, source: str = "wire") -> dict:
    """An article whose text shares (almost) no 5-word shingle with any other: a story of its own."""
    rnd = random.Random(10_000 + i)
    paragraphs = [" ".join(rnd.choices(VOCABULARY, k=40)) + "." for _ in range(3)]
    return {"id": f"{source}-{i}", "source": source, "body": "\n".join(paragraphs),
            "published_at": "2024-07-03T11:49:00Z"}
