import base64
import hashlib
from datetime import datetime, timezone

import fastjsonschema
import orjson
import pytest

from worker import records
from worker.errors import Reason, RejectedInput
from worker.pipeline import enrich

NOW = datetime(2024, 7, 3, 12, 0, tzinfo=timezone.utc)
GOOD = {"id": "1", "source": "sana", "body": "افتتح الرئيس الروسي القمة في سان بطرسبورغ."}


def raw_bytes(**changes):
    obj = {**GOOD, **changes}
    return orjson.dumps({k: v for k, v in obj.items() if v is not ...})


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"\xff\xfe{not utf8", Reason.INVALID_UTF8),
        (b'{"source": "x", "body": "\\ud800"}', Reason.INVALID_UTF8),
        (b'{"source": "x", "body": ', Reason.INVALID_JSON),
        (None, Reason.INVALID_JSON),
        (b"[1, 2]", Reason.NOT_AN_OBJECT),
        (b'"just a string"', Reason.NOT_AN_OBJECT),
        (raw_bytes(body=...), Reason.MISSING_FIELD),
        (raw_bytes(source=...), Reason.MISSING_FIELD),
        (raw_bytes(body=42), Reason.WRONG_TYPE),
        (raw_bytes(title=["a"]), Reason.WRONG_TYPE),
        (raw_bytes(source=""), Reason.INVALID_FIELD),
        (raw_bytes(schema_version=2), Reason.UNSUPPORTED_SCHEMA_VERSION),
        (raw_bytes(schema_version=True), Reason.UNSUPPORTED_SCHEMA_VERSION),
        (raw_bytes(body="  \n\t "), Reason.EMPTY_BODY),
        (raw_bytes(body="ب" * 600_000), Reason.BODY_TOO_LARGE),
        (b"[" * 5000 + b"]" * 5000, Reason.INVALID_JSON),
    ],
)
def test_decode_raw_rejects_with_precise_reason(value, reason):
    with pytest.raises(RejectedInput) as info:
        records.decode_raw(value, max_bytes=1_000_000)
    assert info.value.reason is reason


def test_decode_raw_accepts_liberal_input():
    raw = records.decode_raw(raw_bytes(id=17, url=None, meta={"x": 1}, extra="kept"), max_bytes=10_000)
    assert raw.id == "17" and raw.source == "sana" and raw.fields["extra"] == "kept"


def test_enriched_article_validates_and_keeps_original_body():
    raw = records.decode_raw(raw_bytes(), max_bytes=10_000)
    rec = records.enriched_article(raw, enrich(raw), position=records.InputPosition("news.raw", 2, 41, 1720007340000),
                                   processed_at=NOW)
    records.validate("EnrichedArticle", rec)
    assert rec["body"] == GOOD["body"] and rec["source_id"] == "1"
    assert rec["input"] == {"topic": "news.raw", "partition": 2, "offset": 41, "timestamp": "2024-07-03T11:49:00Z"}
    assert records.decode(records.encode(rec)) == rec


def test_dead_letter_truncates_but_keeps_hash_and_size():
    original = b"x" * 5000
    letter = records.dead_letter(reason=Reason.BODY_TOO_LARGE, detail="big", original=original, key=b"k",
                                 position=None, at=NOW, max_original_bytes=100)
    records.validate("DeadLetter", letter)
    assert letter["original_truncated"] is True and letter["original_size"] == 5000
    assert base64.b64decode(letter["original_b64"]) == original[:100]
    assert letter["original_sha256"] == hashlib.sha256(original).hexdigest()
    assert base64.b64decode(letter["key_b64"]) == b"k"


def test_schemas_reject_wrong_records():
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        records.validate("EnrichedArticle", {"schema_version": 1})
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        records.validate("DeadLetter", {"schema_version": 1, "reason": "no_such_reason"})


def test_every_reason_is_allowed_by_the_dead_letter_schema():
    allowed = set(records.load_schema("dead_letter")["properties"]["reason"]["enum"])
    assert allowed == {r.value for r in Reason}


@pytest.mark.parametrize("kind", sorted(records.RECORD_KINDS))
def test_every_schema_compiles_and_has_schema_version(kind):
    schema = records.load_schema(records.RECORD_KINDS[kind])
    assert schema["title"] == kind
    assert "schema_version" in schema["properties"]
    records._validator(kind)  # compiles, $refs resolve locally
