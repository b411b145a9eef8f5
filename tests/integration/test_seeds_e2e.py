"""The repo's example articles (the two seeds) through the real broker and worker."""

import os
import subprocess
import sys

import pytest

from worker import records
from worker.worker_process import settings_env

from .conftest import consume_until, values

pytestmark = pytest.mark.broker


def test_seeds_replayed_give_two_valid_enriched_records(settings, start_worker, examples_dir):
    worker = start_worker()
    replay = subprocess.run([sys.executable, "-m", "worker.cli", "replay", str(examples_dir), "--no-progress"],
                            env={**os.environ, **settings_env(settings)}, capture_output=True, text=True, timeout=120)
    assert replay.returncode == 0, replay.stderr
    assert "replayed 2 article(s)" in replay.stderr

    enriched = values(consume_until(settings, settings.topic_enriched, 2))
    assert len(enriched) == 2
    for record in enriched:
        records.validate("EnrichedArticle", record)
    by_source = {r["source"]: r for r in enriched}
    assert by_source["sputnik"]["published_at"] == "2024-07-03T11:49:00Z"
    assert by_source["sana"]["published_at"] == "2023-12-27T00:00:00Z"
    assert all(r["input"]["topic"] == settings.topic_raw for r in enriched)
    assert consume_until(settings, settings.topic_dlq, 1, timeout=3) == []
    assert worker.metric("akhbar_articles_published_total", source="sputnik") == 1.0
    assert worker.http("/healthz")[0] == 200
    assert worker.metric("akhbar_ready") == 1.0
