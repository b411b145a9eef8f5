"""Hostile inputs in-process: each lands in the DLQ with its reason or is enriched correctly,
and a stage that runs away is cut off by the article's time bound."""

from __future__ import annotations

import re

import orjson
import pytest

from worker import records
from worker.config import Settings
from worker.deadline import Deadline, time_limit
from worker.ner.backend import default_backend
from worker.stream.decide import DedupProcessor
from worker.stream.metrics import Metrics
from worker.stream.process import Processor

from ..hostile import ENRICHED, cases

# a generous bound: the corpus checks outcomes; the bound itself is tested below
PROCESSOR = Processor(Settings(stage_timeout_s=60), Metrics())


@pytest.mark.parametrize("name,value,expected", cases(), ids=[c[0] for c in cases()])
def test_hostile_input_is_dead_lettered_with_its_reason_or_enriched(name, value, expected):
    outcome = PROCESSOR.process(value, None, None)  # null key too
    if expected != ENRICHED:
        assert [o.role for o in outcome.outputs] == ["dlq"], name
        letter = orjson.loads(outcome.outputs[0].value)
        records.validate("DeadLetter", letter)
        assert letter["reason"] == expected, letter["detail"]
        assert letter["original_size"] == len(value or b"")
        return
    assert outcome.dlq_reason is None, orjson.loads(outcome.outputs[0].value)["detail"]
    final = DedupProcessor(Settings(), Metrics(), {}, {}, {}).process(outcome.outputs[0].value, None, None)
    article = orjson.loads(final.outputs[0].value)
    records.validate("EnrichedArticle", article)
    body = orjson.loads(value)["body"]
    assert article["body"] == body  # the original text is never lost
    for span in article["boilerplate"] + article["dates"]:
        assert body[span["start"]:span["end"]] == span["text"]
    for entity in article["entities"]:
        for mention in entity["mentions"]:
            assert body[mention["start"]:mention["end"]] == mention["text"]


class RunawayBackend:
    """An NER backend stuck in catastrophic regex backtracking (2^40 steps)."""

    def find(self, text, tokens=None):
        re.match(r"(a+)+$", "a" * 40 + "b")
        return []


def test_a_runaway_stage_costs_one_article_not_the_partition():
    processor = Processor(Settings(stage_timeout_s=0.5), Metrics())
    processor.ner = RunawayBackend()
    article = orjson.dumps({"id": "slow", "source": "hostile", "body": "التقى الرئيس نظيره في موسكو اليوم."})
    outcome = processor.process(article, b"k", None)
    letter = orjson.loads(outcome.outputs[0].value)
    assert (outcome.dlq_reason.value, letter["reason"], letter["stage"]) == ("stage_timeout", "stage_timeout", "entities")
    assert "0.5s" in letter["detail"]
    processor.ner = default_backend()  # the next article is processed normally: the alarm is gone
    assert processor.process(article, b"k", None).dlq_reason is None


def test_time_limit_is_disarmed_after_the_block():
    with time_limit(0.2):
        pass
    re.match(r"(a+)+$", "a" * 22 + "b")  # ~0.5 s of backtracking after the block: no Deadline
    with pytest.raises(Deadline):
        with time_limit(0.2):
            re.match(r"(a+)+$", "a" * 40 + "b")
