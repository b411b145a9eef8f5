"""A worker stopped mid-stream (SIGKILL or SIGTERM) and restarted: every input gets its output."""

import signal

import orjson
import pytest

from worker.pipeline import article_id_of
from worker.records import RawArticle

from .articles import article
from .conftest import consume_until, produce, values

pytestmark = pytest.mark.broker

TOTAL = 3000


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_every_input_has_its_output_after_a_restart(settings, start_worker, sig):
    produce(settings, ((a["id"].encode(), orjson.dumps(a)) for a in map(article, range(TOTAL))))
    first = start_worker()
    done = first.wait_metric("akhbar_articles_published_total", 300, timeout=60, source="wire")
    assert 300 <= done < TOTAL, f"stop must land mid-stream (published {done})"
    code = first.stop(sig)
    if sig == signal.SIGTERM:
        assert code == 0, first.log()

    start_worker()
    expected = {article_id_of(RawArticle.from_dict(article(i))) for i in range(TOTAL)}
    enriched = values(consume_until(settings, settings.topic_enriched, TOTAL, timeout=180,
                                    done=lambda out: len({m.key.decode() for m in out}) >= TOTAL))
    got = {r["article_id"] for r in enriched}
    assert expected - got == set(), f"{len(expected - got)} inputs have no output"
    # a redelivered article is republished with the same key and content: harmless by design
    by_id: dict[str, set] = {}
    for r in enriched:
        by_id.setdefault(r["article_id"], set()).add((r["text"], r["input"]["offset"]))
    assert all(len(v) == 1 for v in by_id.values())
