"""processing_guarantee=exactly_once: outputs are written in Kafka transactions."""

import orjson
import pytest

from worker import records

from .articles import article
from .conftest import consume_until, produce, values

pytestmark = pytest.mark.broker


def test_exactly_once_outputs_are_committed_transactions(settings, start_worker):
    # exactly_once co-partitions the dedup topic with the raw one: a fresh one, created by the worker
    worker = start_worker(AKHBAR_PROCESSING_GUARANTEE="exactly_once", AKHBAR_TOPIC_DEDUP=settings.topic_dedup + "-eos")
    produce(settings, ((a["id"].encode(), orjson.dumps(a)) for a in map(article, range(300))))
    produce(settings, [(b"bad", b"{not json")])
    enriched = values(consume_until(settings, settings.topic_enriched, 300, isolation_level="read_committed"))
    dlq = values(consume_until(settings, settings.topic_dlq, 1, isolation_level="read_committed"))
    assert len({r["article_id"] for r in enriched}) == 300 == len(enriched)
    assert [d["reason"] for d in dlq] == ["invalid_json"]
    for r in enriched[:20]:
        records.validate("EnrichedArticle", r)
    assert "guarantee exactly_once" in worker.log_path.read_text()


def test_a_dedup_topic_partitioned_for_another_mode_is_a_clear_start_up_error(settings):
    import os
    import subprocess
    import sys

    from worker.worker_process import settings_env

    env = {**os.environ, **settings_env(settings), "AKHBAR_PROCESSING_GUARANTEE": "exactly_once", "AKHBAR_METRICS_PORT": "0"}
    proc = subprocess.run([sys.executable, "-m", "worker.cli", "worker"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert f"topic {settings.topic_dedup} has 1 partition(s), this configuration needs 4" in proc.stderr
