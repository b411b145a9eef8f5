"""What may be committed: only a run of processed offsets starting at the committed one."""

import asyncio
from types import SimpleNamespace

from hypothesis import given, strategies as st

from worker.config import Settings
from worker.stream.metrics import Metrics
from worker.stream.offsets import Hole, OffsetGuard, committable
from worker.stream.publisher import Publisher
from worker.stream.process import Outcome


def test_a_run_from_the_committed_offset_is_committed():
    assert committable([5, 6, 7, 9], 5) == ([5, 6, 7], 8, None)


def test_a_one_offset_hole_at_the_head_is_not_committed():
    # faust 0.15.3 commits 8 here (it tolerates min(acked) - committed == 1): offset 5 would be lost
    used, offset, hole = committable([6, 7], 5)
    assert (used, offset, hole) == ([], None, Hole(5, 6))


def test_before_the_first_commit_nothing_is_committed_without_a_known_start():
    assert committable([3, 4], None) == ([], None, Hole(None, 3))


def test_offsets_already_committed_are_dropped():
    assert committable([3, 4, 5, 6], 5) == ([3, 4, 5, 6], 7, None)
    assert committable([3, 4], 5) == ([3, 4], None, None)


@given(st.sets(st.integers(0, 60), max_size=40), st.integers(0, 60))
def test_never_commits_past_an_unprocessed_offset(acked, floor):
    used, offset, hole = committable(sorted(acked), floor)
    if offset is not None:
        assert set(range(floor, offset)) <= acked  # every offset below the commit was processed
        assert hole is None
    assert set(used) <= acked
    assert (hole is not None) == (offset is None and any(a >= floor for a in acked))


class _Consumer:
    def __init__(self):
        self.recorded = []

    def ack(self, message):
        self.recorded.append(message.offset)
        return True


class _Event:
    def __init__(self, consumer, topic, offset):
        self.message = SimpleNamespace(topic=topic, offset=offset, tp=(topic, 0))
        self._consumer = consumer

    def ack(self):
        return self._consumer.ack(self.message)


class _Stream:
    async def ack(self, event):
        return event.ack()


def _guarded(consumer):
    app = SimpleNamespace(consumer=consumer)
    return OffsetGuard(app, Settings(), Metrics(), ["news.raw"]).install()


def test_acks_faust_gives_to_skipped_events_are_refused():
    consumer = _Consumer()
    guard = _guarded(consumer)
    # a faust stream skipping an event (flow suspended, old generation) acks it directly
    assert _Event(consumer, "news.raw", 7).ack() is False
    assert consumer.recorded == [] and guard.metrics.skipped_acks._value.get() == 1
    # other topics (changelogs) are faust's own business
    assert _Event(consumer, "akhbar-dedup-articles-changelog", 3).ack() is True


def test_the_publisher_acks_through_the_guard_once_outputs_are_acknowledged():
    consumer = _Consumer()
    guard = _guarded(consumer)

    async def scenario():
        publisher = Publisher({}, guard.metrics, max_inflight=4, ack=guard.ack)
        for offset in (10, 11):
            await publisher.publish(_Stream(), _Event(consumer, "news.raw", offset), Outcome([], "wire"))
        await publisher.drain(5)

    asyncio.run(scenario())
    assert [o for o in consumer.recorded] == [10, 11]


class _FaustConsumer:
    """The bookkeeping of faust's consumer that ``OffsetGuard._new_offset`` reads."""

    def __init__(self, committed):
        from collections import defaultdict
        from intervaltree import IntervalTree

        self._acked = defaultdict(list)
        self._acked_index = defaultdict(set)
        self._gap = defaultdict(IntervalTree)
        self._committed_offset = defaultdict(lambda: None, {TP: committed})
        self.recorded = []

    def ack(self, message):
        return True


class _Probe:
    def __init__(self, first):
        self.first = first
        self.asked = []

    async def first_record(self, tp, start):
        self.asked.append((tp, start))
        return start, self.first


TP = ("akhbar-dedup", 0)


def _gap_after_a_stale_batch(probe_first):
    """Offset 10 processed; a batch fetched before a seek delivers 20, so faust records 11..20 as a gap."""
    consumer = _FaustConsumer(committed=10)
    guard = OffsetGuard(SimpleNamespace(consumer=consumer), Settings(), Metrics(), ["news.raw"]).install()
    guard._probe = _Probe(probe_first)

    async def scenario():
        consumer._acked[TP].extend([10, 20])
        consumer._gap[TP].addi(11, 21)  # faust's Consumer._add_gap(tp, 11, 20)
        commits = []
        for _ in range(3):
            commits.append(consumer._new_offset(TP))
            if commits[-1] is not None:
                consumer._committed_offset[TP] = commits[-1]
            await asyncio.gather(*guard._tasks)  # the broker check of a hole, if one was started
        return commits

    return guard, asyncio.run(scenario())


def test_a_gap_faust_records_over_unprocessed_records_is_not_committed():
    # faust 0.15.3 commits 21 here: records 11..19 were never processed and would be lost
    guard, commits = _gap_after_a_stale_batch(probe_first=11)
    assert commits == [11, None, None]  # only what was processed; then nothing (they are fetched again)
    assert guard._probe.asked == [(TP, 11)]  # the broker is asked what the gap holds


def test_a_gap_the_broker_shows_empty_is_committed():
    # the gap really holds no record (transaction markers, compaction): the commit goes on past it
    guard, commits = _gap_after_a_stale_batch(probe_first=20)
    assert commits == [11, None, 21]
