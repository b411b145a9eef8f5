"""1,000 articles with 5% malformed through the real broker: exact DLQ, nothing lost, metrics agree."""

import base64
from collections import Counter

import pytest

from worker import records
from worker.pipeline import article_id_of
from worker.records import RawArticle

from .articles import article, mixed_batch
from .conftest import consume_until, produce, values

pytestmark = pytest.mark.broker

MALFORMED = {"invalid_json": 12, "missing_field": 12, "wrong_type": 12, "invalid_utf8": 12, "body_too_large": 2}


def test_malformed_go_to_dlq_with_reason_all_others_enriched(settings, start_worker):
    messages, expected_bad = mixed_batch(1000, MALFORMED)
    assert len(expected_bad) == 50
    worker = start_worker()
    produce(settings, messages)

    dlq = values(consume_until(settings, settings.topic_dlq, 50))
    enriched = values(consume_until(settings, settings.topic_enriched, 950))

    # exactly the malformed ones, each with its reason, original bytes kept
    for letter in dlq:
        records.validate("DeadLetter", letter)
    got = {base64.b64decode(l["key_b64"]).decode(): l["reason"] for l in dlq}
    assert got == expected_bad
    sent = dict(messages)
    for letter in dlq:
        original = sent[base64.b64decode(letter["key_b64"])]
        assert letter["original_size"] == len(original)
        if not letter["original_truncated"]:
            assert base64.b64decode(letter["original_b64"]) == original

    # all the others, none lost, none doubled
    for record in enriched:
        records.validate("EnrichedArticle", record)
    expected_ids = {article_id_of(RawArticle.from_dict(article(i))) for i in range(950)}
    assert Counter(r["article_id"] for r in enriched) == Counter(expected_ids)

    # the worker is still up, and its metrics count what was sent
    assert worker.alive() and worker.http("/readyz")[0] == 200
    assert worker.wait_metric("akhbar_articles_published_total", 950, source="wire") == 950
    assert worker.metric("akhbar_articles_consumed_total", source="wire") + \
        worker.metric("akhbar_articles_consumed_total", source="unknown") == 1000
    for reason, count in Counter(expected_bad.values()).items():
        assert worker.metric("akhbar_dlq_total", reason=reason) == count, reason
    assert worker.metric("akhbar_records_published_total", topic="dlq") == 50
    assert worker.metric("akhbar_processing_seconds_count", stage="clean") >= 950
    assert worker.metric("akhbar_end_to_end_lag_seconds_count", kind="kafka") == 950
