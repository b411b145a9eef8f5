"""The repo's example articles (the two seeds) through the real broker and worker."""

import os
import subprocess
import sys

import orjson
import pytest

from worker import records
from worker.worker_process import settings_env

from ..seed_entities import SANA, SANA_NOT, SPUTNIK, SPUTNIK_NOT, check
from .conftest import consume_until, values

pytestmark = pytest.mark.broker


def _keyed_records(settings, topic: str, kind: str, key_field: str, count: int):
    """The ``count`` messages of ``topic``, each checked to be a valid ``kind`` keyed by its ``key_field``."""
    messages = consume_until(settings, topic, count)
    assert len(messages) == count
    for m in messages:
        records.validate(kind, orjson.loads(m.value))
        assert m.key.decode() == orjson.loads(m.value)[key_field]
    return messages


def test_seeds_replayed_are_cleaned_and_the_read_also_tail_becomes_its_own_article(
    settings, start_worker, examples_dir
):
    worker = start_worker()
    replay = subprocess.run([sys.executable, "-m", "worker.cli", "replay", str(examples_dir), "--no-progress"],
                            env={**os.environ, **settings_env(settings)}, capture_output=True, text=True, timeout=120)
    assert replay.returncode == 0, replay.stderr
    assert "replayed 2 article(s)" in replay.stderr

    enriched = values(consume_until(settings, settings.topic_enriched, 3))
    assert len(enriched) == 3  # two seeds + the article split off SANA's "read also" tail
    for record in enriched:
        records.validate("EnrichedArticle", record)
    by_id = {r["source_id"]: r for r in enriched}
    sputnik, sana = by_id["sputnik-sco-astana-2024-07-03"], by_id["sana-cis-stpetersburg-2023-12-27"]
    assert sputnik["published_at"] == "2024-07-03T11:49:00Z" and sputnik["updated_at"] == "2024-07-03T15:35:00Z"
    assert sputnik["title"].endswith("فيديو") and sputnik["text"].startswith("التقى الرئيس الروسي")
    assert {"title", "date_stamp", "photo_credit", "follow"} <= {b["kind"] for b in sputnik["boilerplate"]}
    assert {"value": "2024-07-03", "text": "اليوم الأربعاء"}.items() <= sputnik["dates"][0].items()
    assert sana["published_at"] == "2023-12-27T00:00:00Z"
    assert (sana["dateline"]["place_en"], sana["dateline"]["agency"]) == ("Moscow", "SANA")
    assert sana["original_source"] == "الوكالة العربية السورية للأنباء"
    assert sana["text"].endswith("وأوزبكستان.") and "العزي" not in sana["text"]
    for span in sana["boilerplate"] + sana["dates"]:
        assert sana["body"][span["start"]:span["end"]] == span["text"]
    # the tail went back to news.raw as a RawArticle linked to its parent, and was enriched in turn
    (child,) = [r for r in enriched if r["parent_article_id"] is not None]
    assert sana["related"] == [child["article_id"]] and child["parent_article_id"] == sana["article_id"]
    assert child["title"].startswith("حسين العزي") and child["dateline"]["agency"] == "Yamanyoon"
    raw = values(consume_until(settings, settings.topic_raw, 3))
    assert [r["meta"]["split_from"] for r in raw if "meta" in r] == ["read_also"]
    assert all(r["input"]["topic"] == settings.topic_raw for r in enriched)
    assert consume_until(settings, settings.topic_dlq, 1, timeout=3) == []
    assert worker.metric("akhbar_articles_published_total", source="sputnik") == 1.0
    # news.entities: one record per (entity, article), keyed by entity_id, the same as the article embeds
    messages = _keyed_records(settings, settings.topic_entities, "EntityMentions", "entity_id",
                              sum(len(r["entities"]) for r in enriched))
    published = values(messages)
    for article, expected, forbidden in ((sputnik, SPUTNIK, SPUTNIK_NOT), (sana, SANA, SANA_NOT)):
        own = [e for e in published if e["article_id"] == article["article_id"]]
        # partitioned by entity_id: order across partitions is not kept
        assert sorted(own, key=lambda e: e["entity_id"]) == sorted(article["entities"], key=lambda e: e["entity_id"])
        check(article["body"], own, expected, forbidden)
    assert worker.metric("akhbar_entities_total", type="PER") >= 12
    # news.events: one record per event, keyed by event_id, the same as the article embeds
    messages = _keyed_records(settings, settings.topic_events, "Event", "event_id",
                              sum(len(r["events"]) for r in enriched))
    meetings = [e for e in values(messages) if e["type"] == "meeting" and e["article_id"] == sputnik["article_id"]
                and not e["modality"]["planned"]]
    assert len(meetings) == 5 and all(e["place"]["label_en"] == "Astana" for e in meetings)
    assert worker.metric("akhbar_events_total", type="meeting") >= 7  # 5 in Astana, 2 in Saint Petersburg
    assert worker.http("/healthz")[0] == 200
    assert worker.metric("akhbar_ready") == 1.0


def test_html_and_mostly_latin_articles_are_cleaned_and_flagged_through_the_broker(settings, start_worker):
    import orjson

    from .conftest import produce

    html = ("<h1>القمة العربية تختتم أعمالها</h1><p>القاهرة - (أ ش أ) - اختتمت القمة العربية أعمالها اليوم الخميس "
            "في القاهرة بحضور القادة العرب &amp; ممثلي الدول الأعضاء، وأكد البيان الختامي أهمية التعاون.</p>"
            "<script>track()</script><p>المصدر: وكالة أنباء الشرق الأوسط</p>")
    latin = "The summit opened in Astana. قمة أستانا. Leaders of the member states met on the sidelines today."
    start_worker()
    produce(settings, [
        (b"html-1", orjson.dumps({"id": "html-1", "source": "mena", "body": html, "published_at": "2024-03-07"})),
        (b"latin-1", orjson.dumps({"id": "latin-1", "source": "wire", "body": latin})),
    ])
    by_id = {r["source_id"]: r for r in values(consume_until(settings, settings.topic_enriched, 2))}
    article = by_id["html-1"]
    records.validate("EnrichedArticle", article)
    assert article["body"] == html  # the original is never lost
    assert article["title"] == "القمة العربية تختتم أعمالها"
    assert article["text"].startswith("اختتمت القمة العربية") and "track()" not in article["text"]
    assert "&" in article["text"] and "&amp;" not in article["text"]
    assert (article["dateline"]["place_en"], article["dateline"]["agency"]) == ("Cairo", "MENA")
    assert article["original_source"] == "وكالة أنباء الشرق الأوسط"
    assert [(d["text"], d["value"]) for d in article["dates"]] == [("اليوم الخميس", "2024-03-07")]
    for span in article["boilerplate"] + article["dates"]:
        assert html[span["start"]:span["end"]] == span["text"]
    assert by_id["latin-1"]["language"] == "other"  # mostly Latin: flagged, still published
