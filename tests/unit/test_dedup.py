"""Dedup decisions per ../shared/data/seeds/EXPECTED.md (dedup section), without Kafka."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import orjson
import pytest

from worker import records
from worker.config import Settings
from worker.records import InputPosition
from worker.replay import article_from_text
from worker.stages.dedup import DedupConfig, Deduper, dedup_keys
from worker.stages.lsh import BandIndex
from worker.stream.decide import DedupProcessor
from worker.stream.metrics import Metrics
from worker.stream.process import Processor

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)


class Pipeline:
    """Both stages, as the worker chains them, on dict stores."""

    def __init__(self, **overrides):
        self.settings = Settings(**overrides)
        self.metrics = Metrics()
        self.clean = Processor(self.settings, self.metrics, clock=lambda: NOW)
        self.stores = ({}, {}, {})
        self.dedup = DedupProcessor(self.settings, self.metrics, *self.stores, clock=lambda: NOW)
        self.offset = 0

    def send(self, article: dict, offset: int | None = None) -> dict[str, list[dict]]:
        if offset is None:
            self.offset += 1
            offset = self.offset
        staged = self.clean.process(orjson.dumps(article), None, InputPosition("news.raw", 0, offset, 1_720_000_000_000))
        (handover,) = [o for o in staged.outputs if o.role == "dedup"]
        out: dict[str, list[dict]] = {}
        for o in self.dedup.process(handover.value, handover.key, None).outputs:
            record = orjson.loads(o.value)
            records.validate({"enriched": "EnrichedArticle", "stories": "StoryUpdate", "entities": "EntityMentions",
                              "events": "Event"}[o.role],
                             record)
            out.setdefault(o.role, []).append(record)
        return out

    def kinds(self) -> dict[str, float]:
        counts = {s.labels["kind"]: s.value for m in self.metrics.duplicates.collect() for s in m.samples
                  if s.name.endswith("_total")}
        return {**counts, "original": self.metrics.originals._value.get()}


@pytest.fixture
def seeds(examples_dir):
    return {name: article_from_text(examples_dir / f"{name}.txt")
            for name in ("sputnik-sco-astana-2024-07-03", "sana-cis-stpetersburg-2023-12-27")}


def test_sending_a_seed_twice_is_a_redelivery_dropped_and_counted(seeds):
    p = Pipeline()
    first = p.send(seeds["sputnik-sco-astana-2024-07-03"])
    assert first["enriched"][0]["duplicate_of"] is None and first["stories"][0]["size"] == 1
    assert p.send(seeds["sputnik-sco-astana-2024-07-03"]) == {}  # same id from the producer again: nothing new
    assert p.kinds() == {"redelivery": 1.0, "original": 1.0}


def test_a_kafka_redelivery_of_the_same_offset_republishes_the_same_decision(seeds):
    p = Pipeline()
    first = p.send(seeds["sputnik-sco-astana-2024-07-03"], offset=7)
    again = p.send(seeds["sputnik-sco-astana-2024-07-03"], offset=7)  # the worker died before its offset commit
    assert again["enriched"][0]["story_id"] == first["enriched"][0]["story_id"]
    assert again["stories"][0] == first["stories"][0]
    assert p.kinds()["replay"] == 1.0


def test_same_body_under_another_source_is_an_exact_duplicate_in_the_same_story(seeds):
    p = Pipeline()
    original = p.send(seeds["sana-cis-stpetersburg-2023-12-27"])["enriched"][0]
    copy = {**seeds["sana-cis-stpetersburg-2023-12-27"], "id": "rt-123", "source": "rt"}
    out = p.send(copy)
    dup = out["enriched"][0]
    assert (dup["duplicate_of"], dup["duplicate_kind"], dup["similarity"]) == (original["article_id"], "exact", 1.0)
    assert dup["story_id"] == original["story_id"] and dup["body"] == copy["body"]
    story = out["stories"][0]
    assert story["sources"] == ["sana", "rt"] and [m["kind"] for m in story["members"]] == ["original", "exact"]


@pytest.mark.parametrize("edit", ["credits_removed", "header_changed", "paragraph_dropped"])
def test_edited_republication_is_a_near_duplicate_in_the_same_story(seeds, edit):
    p = Pipeline()
    base = seeds["sputnik-sco-astana-2024-07-03"]
    original = p.send(base)["enriched"][0]
    lines = base["body"].split("\n")
    body = {
        "credits_removed": "\n".join(line for line in lines if not line.startswith(("©", "/ تابعنا"))),
        "header_changed": base["body"].replace("11:49 GMT 03.07.2024 (تم التحديث: 15:35 GMT 03.07.2024)",
                                               "12:10 GMT 03.07.2024"),
        "paragraph_dropped": "\n".join(lines[:9] + lines[10:]),
    }[edit]
    dup = p.send({"id": f"copy-{edit}", "source": "aggregator", "body": body})["enriched"][0]
    assert dup["duplicate_kind"] == "near" and dup["duplicate_of"] == original["article_id"]
    assert dup["story_id"] == original["story_id"]
    assert dup["similarity"] == 1.0 if edit != "paragraph_dropped" else 0.5 <= dup["similarity"] < 1.0


def test_the_two_seeds_are_different_stories(seeds):
    p = Pipeline()
    a = p.send(seeds["sputnik-sco-astana-2024-07-03"])["enriched"][0]
    b = p.send(seeds["sana-cis-stpetersburg-2023-12-27"])["enriched"][0]
    assert a["story_id"] != b["story_id"] and b["duplicate_of"] is None


def test_the_window_evicts_old_articles_and_bounds_the_state(seeds):
    config = DedupConfig(window_s=3600)
    d = Deduper(config, {}, {}, {})
    body = seeds["sana-cis-stpetersburg-2023-12-27"]["body"]
    keys = dedup_keys(body, body, config)
    d.decide(article_id="a1", source="x", position="p1", keys=keys, ts=0.0, seen_at="t", entities=[], events=[])
    other = dedup_keys("نص آخر مختلف تماما عن الخبر الأول في كل شيء", "نص آخر مختلف تماما", config)
    d.decide(article_id="a2", source="x", position="p2", keys=other, ts=7200.0, seen_at="t", entities=[], events=[])
    assert d.evict() == 1 and d.sizes() == {"articles": 1, "exact": 1, "stories": 1, "index": 1}
    again = d.decide(article_id="a3", source="y", position="p3", keys=keys, ts=7300.0, seen_at="t", entities=[], events=[])
    assert again.kind == "original"  # the first copy left the window


def test_the_index_is_rebuilt_from_the_stores_after_a_restart(seeds):
    config = DedupConfig()
    stores = ({}, {}, {})
    body = seeds["sputnik-sco-astana-2024-07-03"]["body"]
    Deduper(config, *stores).decide(article_id="a1", source="x", position="p1", keys=dedup_keys(body, body, config),
                                     ts=1.0, seen_at="t", entities=[], events=[])
    restarted = Deduper(config, *stores)  # what a worker taking over the partition has: the tables
    assert restarted.rebuild() == 1
    shorter = body.rsplit("\n", 1)[0]
    verdict = restarted.decide(article_id="a2", source="y", position="p2", keys=dedup_keys(shorter, shorter, config),
                               ts=2.0, seen_at="t", entities=[], events=[])
    assert (verdict.kind, verdict.duplicate_of) == ("near", "a1")


def test_band_index_finds_shared_bands_and_evicts_oldest_first():
    rng = np.random.default_rng(1)
    index = BandIndex(bands=4, rows=2)
    sigs = [rng.integers(0, 2**32, 8, dtype=np.uint64).astype(np.uint32) for _ in range(30_000)]
    for i, sig in enumerate(sigs):
        index.add(f"a{i}", sig)
    near = sigs[5].copy()
    near[2:] = 0  # shares only band 0
    assert "a5" in index.query(near) and index.query(sigs[29_999])[0] == "a29999"  # most shared bands first
    for _ in range(10):
        index.evict_oldest()
    assert "a5" not in index.query(sigs[5]) and len(index) == 29_990 and index.oldest() == "a10"


def test_band_index_keeps_long_ids_and_survives_eviction_past_merges():
    rng = np.random.default_rng(2)
    index = BandIndex(bands=4, rows=2)
    sigs = [rng.integers(0, 2**32, 8, dtype=np.uint64).astype(np.uint32) for _ in range(12_000)]
    ids = [f"v:paragraph_dropped:{i:030d}" if i % 3 == 0 else f"a{i}" for i in range(12_000)]  # every 3rd > 24 bytes
    for article_id, sig in zip(ids, sigs):
        index.add(article_id, sig)
    for _ in range(9_000):  # past several merges: evicted slots are dropped from the arrays and ids
        index.evict_oldest()
    assert len(index) == 3_000 and index.oldest() == ids[9_000]
    for i in (9_000, 9_001, 11_999):
        assert index.query(sigs[i])[0] == ids[i]
    assert ids[8_999] not in index.query(sigs[8_999])
