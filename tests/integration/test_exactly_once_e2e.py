"""processing_guarantee=exactly_once: outputs are written in Kafka transactions."""

import orjson
import pytest

from worker import records
from worker.pipeline import article_id_of
from worker.records import RawArticle

from .articles import distinct_article
from .conftest import committed_offsets, consume_until, end_offsets, produce, values

pytestmark = pytest.mark.broker


def article_id(article: dict) -> str:
    return article_id_of(RawArticle.from_dict(article))


def test_exactly_once_outputs_are_committed_transactions(settings, start_worker):
    worker = start_worker(AKHBAR_PROCESSING_GUARANTEE="exactly_once")
    articles = [distinct_article(i, "wire") for i in range(300)]
    produce(settings, ((a["id"].encode(), orjson.dumps(a)) for a in articles))
    consume_until(settings, settings.topic_enriched, 300, isolation_level="read_committed")
    copies = [{**articles[n], "id": f"copy-of-{n}", "source": "mirror"} for n in range(8)]  # keyed elsewhere
    produce(settings, ((c["id"].encode(), orjson.dumps(c)) for c in copies))
    produce(settings, [(b"bad", b"{not json")])
    enriched = values(consume_until(settings, settings.topic_enriched, 308, isolation_level="read_committed"))
    dlq = values(consume_until(settings, settings.topic_dlq, 1, isolation_level="read_committed"))
    assert len({r["article_id"] for r in enriched}) == 308 == len(enriched)
    by_id = {r["article_id"]: r for r in enriched}
    # dedup stays global in this mode: copies arriving on other raw partitions are still found
    ids = [(article_id(copy), article_id(articles[n])) for n, copy in enumerate(copies)]
    assert [by_id[copy]["duplicate_of"] for copy, _ in ids] == [original for _, original in ids]
    assert [d["reason"] for d in dlq] == ["invalid_json"]
    for r in enriched[:20]:
        records.validate("EnrichedArticle", r)
    assert "guarantee exactly_once" in worker.log_path.read_text()

    # SIGTERM: in-flight transactions are committed with their offsets before the worker exits
    assert worker.stop() == 0
    assert committed_offsets(settings, settings.topic_raw) == end_offsets(settings, settings.topic_raw)
    assert "could not commit" not in worker.log_path.read_text()


def test_a_dedup_topic_partitioned_for_another_mode_is_a_clear_start_up_error(settings):
    import os
    import subprocess
    import sys

    from worker.worker_process import settings_env

    env = {**os.environ, **settings_env(settings), "AKHBAR_DEDUP_PARTITIONS": "4", "AKHBAR_METRICS_PORT": "0"}
    proc = subprocess.run([sys.executable, "-m", "worker.cli", "worker"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert f"topic {settings.topic_dedup} has 1 partition(s), this configuration needs 4" in proc.stderr
