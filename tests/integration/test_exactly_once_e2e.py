"""processing_guarantee=exactly_once: outputs are written in Kafka transactions."""

import orjson
import pytest

from worker import records

from .articles import article
from .conftest import consume_until, produce, values

pytestmark = pytest.mark.broker


def test_exactly_once_outputs_are_committed_transactions(settings, start_worker):
    worker = start_worker(AKHBAR_PROCESSING_GUARANTEE="exactly_once")
    produce(settings, ((a["id"].encode(), orjson.dumps(a)) for a in map(article, range(300))))
    produce(settings, [(b"bad", b"{not json")])
    enriched = values(consume_until(settings, settings.topic_enriched, 300, isolation_level="read_committed"))
    dlq = values(consume_until(settings, settings.topic_dlq, 1, isolation_level="read_committed"))
    assert len({r["article_id"] for r in enriched}) == 300 == len(enriched)
    assert [d["reason"] for d in dlq] == ["invalid_json"]
    for r in enriched[:20]:
        records.validate("EnrichedArticle", r)
    assert "exactly_once" in worker.log()
