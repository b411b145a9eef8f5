"""Commit only offsets below which every record was processed (a guard around faust 0.15.3).

Why: faust can commit past a record nobody processed, which loses it on a restart or a
rebalance. Two paths were found, both confirmed by reading faust and by lost articles in CI:

1. **Skip-acks.** A faust stream *skips and acks* an event taken from its buffer while flow
   control is suspended (shutdown, revocation) or fetched in an earlier consumer generation
   (a rebalance) — even on a ``noack()`` stream. On SIGTERM the articles left in an agent's
   buffer were acked unprocessed and committed: 36 of 3,000 missing after the restart.
2. **Holes.** The fetcher can drop a record (flow suspended while the record waited for buffer
   space, or a batch fetched before a seek) yet advance its read offset, and
   ``Consumer._new_offset`` tolerates a one-offset hole at the head of the acked offsets (it
   is meant for transaction markers) and checks nothing before the first commit. Seen as
   "N+2 delivered right after N" around rebalances.
3. **Gaps.** When a record arrives more than one offset after the last one read, the fetcher
   records the offsets in between as a *gap* that ``_new_offset`` counts as processed (meant
   for transaction markers and compacted offsets). A batch fetched before a seek (a
   rebalance's, or ours below) arrives after it with later offsets, so real, unprocessed
   records fall into such a gap.

The guard therefore (1) lets the consumer record an ack only when the ``Publisher`` gives it
(``OffsetGuard.ack``) — a skipped event stays unacked and is fetched again — and (2) commits
only a run of acked offsets that starts exactly at the committed offset. faust's gaps are not
trusted (3): they become holes like any other. When the run starts later, the broker is asked
whether the hole holds records: none (transaction markers, compaction) → the offsets are known
empty and the commit proceeds; some → the partition is sought back so they are fetched again.
In at-least-once mode our own topics carry no transaction markers, so a hole is rare and the
check costs nothing in the normal case. What followed the hole is then processed twice, which is harmless by design
(outputs are keyed; the dedup stage republishes a replay as it was).
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import time
from dataclasses import dataclass
from typing import Any, Iterable

from ..config import Settings
from .metrics import Metrics
from .probe import BrokerProbe

__all__ = ["OffsetGuard", "Hole", "committable"]

log = logging.getLogger(__name__)

RECHECK_S = 2.0  # at most one broker check per partition this often
HOLE_GRACE_S = 10.0  # records of a hole may just be in flight (a redelivery): seek only if it outlives this
LOG_EVERY_S = 10.0


@dataclass(frozen=True)
class Hole:
    """Acked offsets start at ``end`` while the next offset to commit is ``start`` (None: unknown)."""

    start: int | None
    end: int


def committable(acked: list[int], floor: int | None) -> tuple[list[int], int | None, Hole | None]:
    """The offset to commit given sorted ``acked`` offsets and the next uncommitted one.

    Returns (offsets consumed from ``acked``, offset to commit or None, hole or None). Offsets
    below ``floor`` were committed already (a redelivery acked twice) and are consumed too.
    """
    if not acked:
        return [], None, None
    below = bisect.bisect_left(acked, floor) if floor is not None else 0
    stale, rest = acked[:below], acked[below:]
    if not rest:
        return stale, None, None
    if floor is None or rest[0] != floor:
        return stale, None, Hole(floor, rest[0])
    end = 0
    while end + 1 < len(rest) and rest[end + 1] == rest[end] + 1:
        end += 1
    return stale + rest[: end + 1], rest[end] + 1, None


class OffsetGuard:
    """Installed on the app's consumer; see the module docstring for why."""

    def __init__(self, app: Any, settings: Settings, metrics: Metrics, topics: Iterable[str]) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics
        self.topics = frozenset(topics)  # the agents' input topics: their acks come from the Publisher
        self._giving = False
        self._floor: dict[Any, int] = {}  # before the first commit: the first offset there is
        self._empty: dict[Any, list[range]] = {}  # tp → offsets the broker showed hold no record
        self._checking: dict[Any, float] = {}  # tp → monotonic time of the last broker check
        self._holes: dict[Any, tuple[int, float]] = {}  # tp → (hole start, when first seen with records)
        self._skip_logged: dict[Any, float] = {}
        self._tasks: set[asyncio.Task] = set()
        self._probe = BrokerProbe(settings, read_committed=False)

    def install(self) -> "OffsetGuard":
        consumer = self.app.consumer
        faust_ack = consumer.ack

        def ack(message: Any) -> bool:
            if message.topic in self.topics and not self._giving:
                self.metrics.skipped_acks.inc()
                self._note_skipped(message)
                return False  # faust skipped this event unprocessed: it must be fetched again
            return faust_ack(message)

        consumer.ack = ack
        consumer._new_offset = self._new_offset
        return self

    def _note_skipped(self, message: Any) -> None:
        now = time.monotonic()
        if now - self._skip_logged.get(message.tp, -LOG_EVERY_S) >= LOG_EVERY_S:
            self._skip_logged[message.tp] = now
            log.info("faust skipped offset %d of %s unprocessed (flow suspended or an older generation); "
                     "its ack is refused so it is fetched again", message.offset, message.tp)

    async def ack(self, stream: Any, event: Any) -> None:
        """Ack an event whose outputs Kafka acknowledged (the only acks that count)."""
        self._giving = True
        try:
            await stream.ack(event)  # event.ack() runs before its first await: no other ack interleaves
        finally:
            self._giving = False

    async def on_assigned(self, assigned: Iterable[Any]) -> None:
        for tp in assigned:
            self._floor.pop(tp, None)
            self._empty.pop(tp, None)
            self._checking.pop(tp, None)
            self._holes.pop(tp, None)

    def _new_offset(self, tp: Any) -> int | None:
        consumer = self.app.consumer
        acked: list[int] = consumer._acked[tp]
        if not acked:
            return None
        consumer._gap[tp].clear()  # unverified (module docstring, 3): its offsets show up as holes
        empty = self._empty.get(tp)
        if empty:  # offsets the broker showed hold no record count as processed
            for offsets in empty:
                acked.extend(offsets)
            empty.clear()
        acked[:] = sorted(set(acked))
        floor = consumer._committed_offset[tp]
        if floor is None:
            floor = self._floor.get(tp, 0 if acked[0] == 0 else None)  # nothing can precede offset 0
        used, offset, hole = committable(acked, floor)
        if used:
            del acked[: len(used)]
            consumer._acked_index[tp].difference_update(used)
        if hole is not None:
            self._check_later(tp, hole)
        return offset

    def _check_later(self, tp: Any, hole: Hole) -> None:
        now = time.monotonic()
        if now - self._checking.get(tp, -RECHECK_S) < RECHECK_S:
            return
        self._checking[tp] = now
        task = asyncio.ensure_future(self._check(tp, hole))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _check(self, tp: Any, hole: Hole) -> None:
        try:
            start, first = await self._probe.first_record(tp, hole.start)
        except Exception as exc:  # noqa: BLE001 - commits wait; the next commit asks again
            log.warning("could not check offsets %s..%d of %s: %r", hole.start, hole.end, tp, exc)
            return
        consumer = self.app.consumer
        if first is None:
            return  # nothing visible yet: ask again at a later commit
        if first >= hole.end:  # no record in the hole: transaction markers or compaction
            if hole.start is None:
                self._floor[tp] = hole.end
            elif start < hole.end:
                self._empty.setdefault(tp, []).append(range(start, hole.end))
            return
        seen_start, since = self._holes.get(tp, (None, None))
        if seen_start != start or since is None:
            self._holes[tp] = (start, time.monotonic())
            return
        if time.monotonic() - since < HOLE_GRACE_S or self.app.rebalancing or tp not in consumer.assignment():
            return  # still in flight, or the rebalance seeks back to the committed offset anyway
        del self._holes[tp]
        self.metrics.offset_holes.inc()
        log.warning("offsets %d..%d of %s are still unprocessed %.0fs after later ones were: fetching them again",
                    first, hole.end - 1, tp, HOLE_GRACE_S)
        consumer.stop_flow()
        try:
            await asyncio.wait_for(consumer.wait_for_stopped_flow(), timeout=10)
            await consumer.seek(tp, start)
        finally:
            consumer.resume_flow()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self._probe.stop()
