"""Dedup through the real broker: the seeds per EXPECTED.md across a worker restart, and
two workers on four partitions with a rebalance in the middle."""

from __future__ import annotations

import signal

import orjson
import pytest

from worker import records
from worker.replay import article_from_text

from .articles import distinct_article
from .conftest import consume_until, produce, values, wait_until_committed

pytestmark = pytest.mark.broker


def _latest_stories(settings) -> dict[str, dict]:
    latest: dict[str, dict] = {}
    for m in consume_until(settings, settings.topic_stories, 10_000, timeout=5):
        latest[m.key.decode()] = orjson.loads(m.value)  # what compaction keeps: the last value per key
    return latest


@pytest.mark.parametrize("disk", ["new-disk", "same-disk"])
def test_seed_duplicates_are_found_across_a_worker_restart(settings, start_worker, examples_dir, disk):
    """new-disk: the tables come back from their changelogs alone (a worker on another host);
    same-disk: from the local RocksDB copy plus what the changelog has beyond it."""
    sputnik = article_from_text(examples_dir / "sputnik-sco-astana-2024-07-03.txt")
    first = start_worker()
    produce(settings, [(b"sputnik-1", orjson.dumps(sputnik))])
    (original,) = values(consume_until(settings, settings.topic_enriched, 1))
    wait_until_committed(settings)  # the offsets, and with them the table changelogs
    first.stop(signal.SIGKILL)

    second = start_worker(**({"AKHBAR_DATA_DIR": first.settings.data_dir} if disk == "same-disk" else {}))
    lines = sputnik["body"].split("\n")
    produce(settings, [
        (b"sputnik-1", orjson.dumps(sputnik)),  # the producer sends it again
        (b"rt-9", orjson.dumps({**sputnik, "id": "rt-9", "source": "rt"})),  # same body elsewhere
        (b"agg-1", orjson.dumps({"id": "agg-1", "source": "aggregator",
                                 "body": "\n".join(x for x in lines if not x.startswith(("©", "/ تابعنا")))})),
        (b"agg-2", orjson.dumps({"id": "agg-2", "source": "aggregator2", "body": "\n".join(lines[:9] + lines[10:])})),
    ])
    enriched = values(consume_until(settings, settings.topic_enriched, 4))
    assert len(enriched) == 4  # the redelivery published nothing new
    by_id = {r["source_id"]: r for r in enriched}
    for source_id, kind in (("rt-9", "exact"), ("agg-1", "near"), ("agg-2", "near")):
        dup = by_id[source_id]
        records.validate("EnrichedArticle", dup)
        assert (dup["duplicate_kind"], dup["duplicate_of"], dup["story_id"]) == (
            kind, original["article_id"], original["story_id"]), source_id
    story = _latest_stories(settings)[original["story_id"]]
    records.validate("StoryUpdate", story)
    assert story["size"] == 4 and sorted(story["sources"]) == ["aggregator", "aggregator2", "rt", "sputnik"]
    assert second.metric("akhbar_duplicates_total", kind="redelivery") == 1.0
    assert second.metric("akhbar_duplicates_total", kind="near") == 2.0
    assert second.metric("akhbar_dedup_state_size", store="articles") >= 0  # exported


def test_two_workers_four_partitions_and_a_rebalance_keep_dedup_global(settings, start_worker, fault_report):
    originals = [distinct_article(i, "wire") for i in range(150)]
    copies = [{**a, "id": f"copy-{n}", "source": "mirror"} for n, a in enumerate(originals)]
    a, b = start_worker(), start_worker()
    produce(settings, [(x["id"].encode(), orjson.dumps(x)) for x in originals])
    consume_until(settings, settings.topic_enriched, 150)
    wait_until_committed(settings)
    b.stop(signal.SIGKILL)  # whichever held the dedup partition, the other takes over from the changelog
    produce(settings, [(x["id"].encode(), orjson.dumps(x)) for x in copies[:75]])
    c = start_worker()  # and a third joins: another rebalance
    produce(settings, [(x["id"].encode(), orjson.dumps(x)) for x in copies[75:]])
    enriched = values(consume_until(settings, settings.topic_enriched, 300, timeout=180,
                                    done=lambda out: len({m.key for m in out}) >= 300))
    latest = {r["article_id"]: r for r in enriched}
    missing = {x["id"] for x in originals + copies} - {r["source_id"] for r in latest.values()}
    fault_report.append({
        "fault": "rebalance: 2 workers, one killed, a third joins (dedup state moves)", "injected": 2,
        "articles in": 300, "outputs verified": 300, "lost": len(missing),
        "duplicated": f"{len(enriched) - len(latest)} redeliveries", "dlq": {}, "max rss MB": "",
    })
    assert not missing, (missing, [w.log_path.read_text()[-3000:] for w in (a, c)],
                         {k: [w.metric("akhbar_duplicates_total", kind=k) for w in (a, c)]
                          for k in ("redelivery", "replay", "exact", "near")})
    by_source_id = {r["source_id"]: r for r in latest.values()}
    for n, original in enumerate(originals):
        first, copy = by_source_id[original["id"]], by_source_id[f"copy-{n}"]
        assert first["duplicate_of"] is None
        assert (copy["duplicate_kind"], copy["duplicate_of"], copy["story_id"]) == (
            "exact", first["article_id"], first["story_id"])
    assert len({r["story_id"] for r in latest.values()}) == 150
    assert a.alive() and c.alive()
