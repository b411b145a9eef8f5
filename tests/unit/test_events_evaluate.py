"""The gold-set scorer (worker.events.evaluate) on hand-made events: no corpus needed."""

from worker.events.evaluate import _loose, _match, _n, _strict, role_counts


def _pred(kind: str, *actors: str, place: str | None = None) -> dict:
    return {"event": {"type": kind, "place": {"text": place} if place else None, "attributes": {}},
            "actors": [("participant", {_n(a)}) for a in actors]}  # normalised, as actor_names gives them


def test_strict_needs_exactly_the_gold_people_type_only_needs_one():
    gold = [{"type": "meeting", "participants": [["فلاديمير بوتين", "بوتين"], ["أردوغان"]], "place": ["أستانا"]}]
    pred = [_pred("meeting", "بوتين", "رجب طيب أردوغان", "تركيا", place="أستانا"), _pred("statement", "بوتين")]
    pairs, missed, extra = _match(gold, pred, _strict)
    assert (pairs, len(missed), len(extra)) == ([], 1, 2)  # Turkey is one actor too many
    pairs, missed, extra = _match(gold, pred, _loose)
    assert len(pairs) == 1 and not missed and [p["event"]["type"] for p in extra] == ["statement"]
    counts = role_counts(pairs)
    assert (counts["participant"].tp, counts["participant"].fp, counts["participant"].fn) == (2, 1, 0)
    assert (counts["place"].tp, counts["place"].fp, counts["place"].fn) == (1, 0, 0)


def test_role_counts_score_speakers_and_a_wrong_place_once_each_way():
    gold = [{"type": "statement", "speakers": [["علاء يوسف"]]},
            {"type": "meeting", "participants": [["كارتر"], ["العبادي"]], "place": ["بغداد"]}]
    pred = [_pred("statement", "السفير علاء يوسف"), _pred("meeting", "أشتون كارتر", place="سوريا")]
    counts = role_counts(_match(gold, pred, _loose)[0])
    assert (counts["speaker"].tp, counts["speaker"].fp, counts["speaker"].fn) == (1, 0, 0)
    assert (counts["participant"].tp, counts["participant"].fn) == (1, 1)  # العبادي missed
    assert (counts["place"].tp, counts["place"].fp, counts["place"].fn) == (0, 1, 1)
