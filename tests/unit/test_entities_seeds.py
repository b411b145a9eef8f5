"""The entity stage on the two seeds: every entity EXPECTED.md lists, grouped, typed, labelled."""

from pathlib import Path

import pytest

from worker import records
from worker.pipeline import enrich
from worker.records import RawArticle

from ..seed_entities import SANA, SANA_NOT, SPUTNIK, SPUTNIK_NOT, check


@pytest.mark.parametrize("name, expected, forbidden", [
    ("sputnik-sco-astana-2024-07-03.txt", SPUTNIK, SPUTNIK_NOT),
    ("sana-cis-stpetersburg-2023-12-27.txt", SANA, SANA_NOT),
])
def test_seed_entities(examples_dir: Path, name, expected, forbidden):
    body = (examples_dir / name).read_text("utf-8")
    e = enrich(RawArticle(source="seed", body=body, id=name))
    for entity in e.entities:
        records.validate("EntityMentions", entity)
        assert entity["article_id"] == e.article_id
    check(body, e.entities, expected, forbidden)


def test_values_are_normalised(examples_dir: Path):
    body = (examples_dir / "sputnik-sco-astana-2024-07-03.txt").read_text("utf-8")
    by_text = {e["canonical"]: e for e in enrich(RawArticle(source="seed", body=body)).entities}
    assert by_text["55 مليار دولار"]["value"] == {"amount": 55e9, "number": 55.0, "scale": "billion", "currency": "USD"}
    assert by_text["13 في المئة"]["value"] == {"percent": 13.0}
    assert by_text["نحو 7 ملايين سائح"]["value"]["amount"] == 7e6
    assert by_text["اليوم الأربعاء"]["value"]["value"] == "2024-07-03"
    assert by_text["نوفمبر/ تشرين الثاني من هذا العام"]["value"]["value"] == "2024-11"


def test_entity_ids_are_stable_across_articles(examples_dir: Path):
    ids = []
    for name in ("sputnik-sco-astana-2024-07-03.txt", "sana-cis-stpetersburg-2023-12-27.txt"):
        body = (examples_dir / name).read_text("utf-8")
        ents = enrich(RawArticle(source="seed", body=body, id=name)).entities
        ids.append({e["entity_id"] for e in ents if e["label_en"] in ("Vladimir Putin", "Kremlin", "Moscow")})
    assert len(ids[0]) == 3 and ids[0] == ids[1]
