"""exactly_once: an input partition's outputs and its offset commit in one Kafka transaction.

Why not faust's own transactions: faust 0.15 puts a record in the transaction of the
*record's* partition group as its consumer sees it (our output topics are not consumed, so
outputs went out in no transaction at all), logs and ignores failed commits, and commits
only the offsets its ack bookkeeping allows, so a transaction could commit outputs of
offsets it did not commit: after kill -9 a read_committed reader saw 2–19% of them twice.

The model is Kafka Streams' first exactly-once design. Each input partition (news.raw and
news.dedup) has its own transactional producer, ``transactional.id = {group}-{topic}-{p}``:
whoever takes the partition over calls ``init_transactions`` with that id, which fences the
previous owner and aborts its open transaction, so what a killed worker sent after its last
commit never reaches a read_committed reader. Under the partition's lock an input's outputs
are sent and its offset marked done, and a commit (same lock) adds "next offset" to the
transaction and commits it: a transaction holds exactly the outputs of the offsets it
commits. After a rebalance faust seeks every partition to its committed offset; anything
sent since is aborted here first.

faust's consumer reads read_committed (it skips transaction markers and aborted records),
its own commits are replaced by ours, and the acks it keeps are only for its shutdown wait.
A jump in offsets is checked with the broker: markers and aborted records are expected on
news.dedup, while a record the consumer dropped (faust drops some around a rebalance, and
events can arrive before this generation's offsets are known) would be lost. The partition
is then sought back to it and records are refused until it arrives. A failed commit exits
the process without committing: a restart resumes from the last commit, the one recovery
that can neither lose nor duplicate.

Dedup state (faust tables) is written outside the transactions: a replayed article gets
the same decision it got before (worker/stream/decide.py), so an aborted attempt leaves
nothing a read_committed reader can see.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from typing import Any, Callable, Iterable

from ..config import Settings
from ..kafka_clients import kafka_python_config
from .metrics import Metrics
from .probe import BrokerProbe
from .process import Output

__all__ = ["Transactions"]

log = logging.getLogger(__name__)

RESYNC_TIMEOUT_S = 10.0


class Transactions:
    retry = False  # a failed send dooms its transaction; the record is processed again after the abort

    def __init__(self, app: Any, settings: Settings, metrics: Metrics, topics: Iterable[str],
                 on_fatal: Callable[[str], None]) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics
        self.inputs = frozenset(topics)
        self.group_id = settings.group_id
        self._on_fatal = on_fatal
        self._probe = BrokerProbe(settings, read_committed=True)
        self._producers: dict[Any, Any] = {}
        self._locks: dict[Any, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._next: dict[Any, int] = {}  # first offset of the partition not processed yet
        self._open: set[Any] = set()  # partitions whose transaction has begun
        self._resync: dict[Any, tuple[int, float]] = {}  # partition → (offset sought back to, when)
        self._assigned = asyncio.Event()  # set once this generation's producers and offsets are ready

    def install(self) -> "Transactions":
        """Take over the consumer's commits and make it read committed records only."""
        consumer = self.app.consumer
        consumer.commit = self.commit
        thread = consumer._thread
        create = thread._create_worker_consumer

        def read_committed(transport: Any) -> Any:
            kafka_consumer = create(transport)
            kafka_consumer._isolation_level = "read_committed"  # read by AIOKafkaConsumer.start()
            return kafka_consumer

        thread._create_worker_consumer = read_committed
        return self

    async def on_assigned(self, assigned: Iterable[Any]) -> None:
        """New generation: fence earlier owners, drop what was sent since the last commit, resume from it."""
        self._assigned.clear()
        try:
            mine = {tp for tp in assigned if tp.topic in self.inputs}
            for tp in set(self._producers) - mine:
                async with self._locks[tp]:
                    await self._close(tp)
            for tp in mine:
                async with self._locks[tp]:
                    if tp in self._open:
                        await self._producers[tp].abort_transaction()
                        self._open.discard(tp)
                    if tp not in self._producers:
                        self._producers[tp] = await self._new_producer(tp)
            self._next.clear()
            self._resync.clear()
            self._next.update(await self._probe.committed(self.group_id, mine))
        except Exception as exc:  # noqa: BLE001 - without its producers the worker cannot go on safely
            self._on_fatal(f"could not set up transactions for the new assignment: {exc!r}")
        finally:
            self._assigned.set()

    async def accept(self, tp: Any, offset: int) -> bool:
        """Whether this record is the next one of its partition; False: done already, not ours, or early."""
        await self._assigned.wait()
        expected = self._next.get(tp)
        if expected is None or offset < expected:
            return False
        resync = self._resync.get(tp)
        if resync is not None:
            target, since = resync
            if offset != target:  # fetched before the seek back: it comes again after the target
                if time.monotonic() - since > RESYNC_TIMEOUT_S:
                    del self._resync[tp]  # the target never came (compaction? a rebalance?): look again
                return False
            del self._resync[tp]
        elif offset > expected:
            _, first = await self._probe.first_record(tp, expected)
            if first is None or first < offset:  # a record between them the consumer never delivered
                target = expected if first is None else first
                self.metrics.offset_holes.inc()
                log.warning("offsets %d..%d of %s were never delivered (first record at %s): fetching them again",
                            expected, offset - 1, tp, first)
                await self.app.consumer.seek(tp, target)
                self._resync[tp] = (target, time.monotonic())
                return False
        self._next[tp] = offset  # what lay between: transaction markers or aborted records
        return True

    async def send(self, event: Any, outputs: list[Output]) -> list:
        """Send an accepted record's outputs in its partition's transaction and mark it done."""
        tp, offset = event.message.tp, event.message.offset
        async with self._locks[tp]:
            producer = self._producers.get(tp)
            if producer is None or self._next.get(tp) != offset:
                return []  # revoked or rewound while it was processed: processed again from the committed offset
            if tp not in self._open:
                await producer.begin_transaction()
                self._open.add(tp)
            topics = self.settings.topics
            futures = [await producer.send(topics[o.role], o.value, key=o.key, partition=o.partition) for o in outputs]
            self._next[tp] = offset + 1
            return futures

    async def commit(self, *args: Any, start_new_transaction: bool = True, **kwargs: Any) -> bool:
        """faust's commit: commit every open transaction with its partition's next offset.

        faust calls it every ``commit_interval_s``, when partitions are revoked and at shutdown —
        the last two with ``start_new_transaction=False``, after which the producers are closed.
        """
        from aiokafka.structs import TopicPartition

        done = {}
        for tp in list(self._open):
            async with self._locks[tp]:
                if tp not in self._open:
                    continue
                offset = self._next[tp]
                try:
                    await self._producers[tp].send_offsets_to_transaction(
                        {TopicPartition(tp.topic, tp.partition): offset}, self.group_id)
                    await self._producers[tp].commit_transaction()
                except Exception as exc:  # noqa: BLE001 - fenced or broken: nothing after the last commit may count
                    self._on_fatal(f"could not commit the transaction of {tp}: {exc!r}")
                    return False
                self._open.discard(tp)
                done[tp] = offset
        consumer = self.app.consumer
        consumer._committed_offset.update(done)
        for tp in list(consumer._acked):  # faust's ack bookkeeping is for its shutdown wait only
            consumer._acked[tp].clear()
            consumer._acked_index[tp].clear()
        if not start_new_transaction:
            for tp in list(self._producers):
                async with self._locks[tp]:
                    await self._close(tp)
        return bool(done)

    async def _new_producer(self, tp: Any) -> Any:
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(
            **kafka_python_config(self.settings),
            transactional_id=f"{self.group_id}-{tp.topic}-{tp.partition}",
            max_request_size=self.settings.max_message_bytes,
        )
        await producer.start()  # init_transactions: fences the previous owner, aborts its open transaction
        return producer

    async def _close(self, tp: Any) -> None:
        producer = self._producers.pop(tp, None)
        self._open.discard(tp)
        if producer is not None:
            await producer.stop()  # an open transaction is aborted by the next owner's init_transactions

    async def stop(self) -> None:
        """Commit what is open (faust's last commit normally did already) and close every client."""
        if self._open:
            await self.commit(start_new_transaction=False)
        for tp in list(self._producers):
            await self._close(tp)
        await self._probe.stop()
