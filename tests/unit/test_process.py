"""Processor: one message in → records out, without Kafka."""

from datetime import datetime, timezone

import orjson
import pytest

from worker import records
from worker.config import Settings
from worker.errors import Reason
from worker.records import InputPosition
from worker.replay import article_from_text
from worker.stream.metrics import Metrics
from worker.stream.process import Processor

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def processor():
    return Processor(Settings(max_article_bytes=100_000), Metrics(), clock=lambda: NOW)


def test_seed_becomes_one_staged_article_for_the_dedup_stage(processor, examples_dir):
    article = article_from_text(examples_dir / "sputnik-sco-astana-2024-07-03.txt")
    pos = InputPosition("news.raw", 0, 7, 1720007340000)
    outcome = processor.process(orjson.dumps(article), b"k", pos)
    assert outcome.dlq_reason is None and [o.role for o in outcome.outputs] == ["dedup"]
    staged = orjson.loads(outcome.outputs[0].value)
    records.validate("StagedArticle", staged)
    assert staged["event_ts"] == 1720007340.0 and staged["dedup"]["num_perm"] == 128
    rec = staged["article"]
    records.validate("EnrichedArticle", rec)
    assert outcome.outputs[0].key == rec["article_id"].encode()
    assert rec["source"] == "sputnik" and rec["source_id"] == "sputnik-sco-astana-2024-07-03"
    assert rec["published_at"] == "2024-07-03T11:49:00Z" and rec["updated_at"] == "2024-07-03T15:35:00Z"
    assert rec["body"] == article["body"]
    stamp = rec["boilerplate"][0]
    assert rec["body"][stamp["start"]:stamp["end"]] == stamp["text"] and "11:49 GMT" not in rec["text"]
    assert rec["text"].endswith("السلام والتنمية المستدامين\".")


def test_same_input_gives_same_article_id(processor, examples_dir):
    article = article_from_text(examples_dir / "sana-cis-stpetersburg-2023-12-27.txt")
    ids = {orjson.loads(processor.process(orjson.dumps(article), None, None).outputs[0].value)["article"]["article_id"]
           for _ in range(3)}
    assert len(ids) == 1


@pytest.mark.parametrize(
    "value, reason",
    [
        (b"{oops", Reason.INVALID_JSON),
        (b"\xc3\x28", Reason.INVALID_UTF8),
        (orjson.dumps({"source": "x"}), Reason.MISSING_FIELD),
        (orjson.dumps({"source": "x", "body": {"p": 1}}), Reason.WRONG_TYPE),
        (orjson.dumps({"source": "x", "body": "Only English words in this body, nothing else."}), Reason.NOT_ARABIC),
        (orjson.dumps({"source": "x", "body": "ب" * 200_000}), Reason.BODY_TOO_LARGE),
    ],
)
def test_bad_input_becomes_exactly_one_dead_letter(processor, value, reason):
    outcome = processor.process(value, b"key-1", InputPosition("news.raw", 3, 99, 1700000000000))
    assert outcome.dlq_reason is reason
    (out,) = outcome.outputs
    assert out.role == "dlq" and out.key == b"key-1"
    letter = orjson.loads(out.value)
    records.validate("DeadLetter", letter)
    assert letter["reason"] == reason.value and letter["input"]["offset"] == 99
    assert letter["original_size"] == len(value)


def test_a_failing_stage_is_dead_lettered_not_raised(processor, monkeypatch):
    import worker.pipeline as pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("stage bug")

    monkeypatch.setattr(pipeline, "clean", boom)
    outcome = processor.process(orjson.dumps({"source": "x", "body": "نص عربي"}), None, None)
    assert outcome.dlq_reason is Reason.ENRICH_FAILED
    letter = orjson.loads(outcome.outputs[0].value)
    assert letter["stage"] == "clean" and "stage bug" in letter["detail"]


def test_stage_timings_are_observed(processor):
    processor.process(orjson.dumps({"source": "x", "body": "نص عربي قصير"}), None, None)
    samples = {s.labels["stage"] for m in processor.metrics.processing.collect() for s in m.samples if s.name.endswith("_count")}
    assert {"decode", "clean", "encode"} <= samples
