"""Whatever the bytes, the processor returns exactly one schema-valid record and never raises."""

import json

import orjson
from hypothesis import HealthCheck, given, settings, strategies as st

from worker import records
from worker.config import Settings
from worker.stream.metrics import Metrics
from worker.stream.decide import DedupProcessor
from worker.stream.process import Processor

PROCESSOR = Processor(Settings(max_article_bytes=50_000), Metrics())
DEDUP = DedupProcessor(Settings(), Metrics(), {}, {}, {})
arabic = st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىة \n.،0123456789"), min_size=1, max_size=400)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
articles = st.fixed_dictionaries(
    {"source": st.text(min_size=1, max_size=20), "body": st.one_of(st.text(alphabet=st.characters(), max_size=400), arabic)},
    optional={"id": st.one_of(st.text(max_size=10), st.integers()), "title": st.text(max_size=40),
              "published_at": st.text(max_size=40), "meta": st.dictionaries(st.text(max_size=5), json_values, max_size=3)},
)


def dumps(value) -> bytes:
    """stdlib json: unlike orjson it writes big integers and escaped lone surrogates, as hostile producers do."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8", "surrogatepass")


messages = st.one_of(
    st.binary(max_size=300),
    json_values.map(dumps),
    articles.map(dumps),
    articles.map(lambda a: json.dumps(a).encode()),          # \uXXXX escapes, incl. lone surrogates
    articles.map(lambda a: dumps(a)[:-3]),                   # truncated JSON
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(messages, st.one_of(st.none(), st.binary(max_size=20)))
def test_any_message_gives_exactly_one_valid_record(value, key):
    outcome = PROCESSOR.process(value, key, None)
    if [o.role for o in outcome.outputs] == ["dedup"]:  # through the dedup stage, as the worker does
        outcome = DEDUP.process(outcome.outputs[0].value, outcome.outputs[0].key, None)
    roles = [o.role for o in outcome.outputs]
    entities = roles.count("entities")
    # []: a redelivery of an id already decided; one EntityMentions per entity found
    assert roles in ([], ["enriched", *["entities"] * entities, "stories"], ["dlq"])
    if not roles:
        return
    for o in outcome.outputs:
        if o.role == "entities":
            records.validate("EntityMentions", orjson.loads(o.value))
    record = orjson.loads(outcome.outputs[0].value)
    records.validate("EnrichedArticle" if roles[0] == "enriched" else "DeadLetter", record)
    if roles[0] == "enriched":
        records.validate("StoryUpdate", orjson.loads(outcome.outputs[-1].value))
        assert record["body"] == json.loads(value)["body"]  # the original text is never lost
        for span in record["boilerplate"]:
            assert record["body"][span["start"]:span["end"]] == span["text"]
    else:
        assert (outcome.dlq_reason is not None) and record["original_size"] == len(value)
