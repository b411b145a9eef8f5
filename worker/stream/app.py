"""The faust app: topics, two thin agents, the dedup tables, health and metrics wiring.

``akhbar.enrich`` (news.raw, all partitions in parallel) hands each message to
``Processor.process`` — decode, clean, extract, dedup keys — and its StagedArticle to
news.dedup. ``akhbar.dedup`` (news.dedup, ``dedup_partitions`` = 1 by default) hands each
StagedArticle to ``DedupProcessor.process``, whose state lives in three faust tables backed
by changelog topics, and publishes the final records. Both agents only move bytes; the
``Publisher`` acks an input only after Kafka acknowledged all of its outputs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

import faust

from ..config import Settings
from ..kafka_clients import faust_broker, faust_credentials
from ..records import InputPosition
from .health import HealthServer
from .metrics import Metrics
from .decide import DedupProcessor
from .process import Processor
from .tables import ROCKSDB_OPTIONS, JsonTable
from .publisher import Publisher, die
from .offsets import OffsetGuard
from .transactions import Transactions

__all__ = ["Runtime", "create_app", "DRAIN_TIMEOUT_S"]

log = logging.getLogger(__name__)

DRAIN_TIMEOUT_S = 30.0
LIVENESS_TIMEOUT_S = 60.0


@dataclass
class Runtime:
    """What the agent needs besides faust: built once per worker process."""

    settings: Settings
    metrics: Metrics
    processor: Processor
    decider: DedupProcessor | None = None
    publisher: Publisher | None = None
    dedup_publisher: Publisher | None = None
    offsets: OffsetGuard | None = None  # at_least_once
    transactions: Transactions | None = None  # exactly_once
    index_stale: bool = True
    last_offsets: dict = field(default_factory=dict)
    ready: bool = False
    stopping: bool = False
    last_tick: float = field(default_factory=time.monotonic)

    def is_alive(self) -> bool:
        return time.monotonic() - self.last_tick < LIVENESS_TIMEOUT_S

    def is_ready(self) -> bool:
        return self.ready and not self.stopping and self.is_alive()

    def start_http(self) -> HealthServer:
        s = self.settings
        return HealthServer(self.metrics, s.metrics_host, s.metrics_port, self.is_ready, self.is_alive).start()


def create_app(settings: Settings, metrics: Metrics | None = None) -> tuple[faust.App, Runtime]:
    metrics = metrics or Metrics()
    runtime = Runtime(settings, metrics, Processor(settings, metrics))
    app = faust.App(
        settings.group_id,
        broker=faust_broker(settings),
        broker_credentials=faust_credentials(settings),
        store=f"{settings.dedup_store}://",
        processing_guarantee="at_least_once",  # exactly_once is ours: worker/stream/transactions.py
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        web_enabled=False,
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=max(1.0, settings.session_timeout_s / 5),
        broker_commit_interval=settings.commit_interval_s,
        producer_max_request_size=settings.max_message_bytes,
        consumer_max_fetch_size=settings.max_message_bytes,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        datadir=settings.data_dir,
        stream_wait_empty=True,
        key_serializer="raw",  # tables' changelogs: keys and values are bytes we encode ourselves
        value_serializer="raw",
    )

    def topic(role: str) -> faust.TopicT:
        return app.topic(settings.topics[role], key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw")

    raw = topic("raw")
    inputs = [settings.topic_raw, settings.topic_dedup]
    outputs = {role: topic(role) for role in settings.topics}  # raw too: articles split off a tail
    if settings.processing_guarantee == "exactly_once":
        delivery = runtime.transactions = Transactions(app, settings, metrics, inputs, on_fatal=die).install()
        ack, sender = None, delivery
    else:
        delivery = runtime.offsets = OffsetGuard(app, settings, metrics, inputs).install()
        ack, sender = delivery.ack, None

    def new_publisher() -> Publisher:
        return Publisher(outputs, metrics, settings.max_inflight, ack=ack, sender=sender)

    @app.agent(raw, name="akhbar.enrich")
    async def enrich_agent(stream: faust.StreamT) -> None:
        publisher = runtime.publisher = new_publisher()
        stream = stream.noack()
        try:
            async for event in stream.events():
                await _handle(runtime, app, publisher, stream, event, runtime.processor)
        except asyncio.CancelledError:
            runtime.stopping = True
            await asyncio.shield(publisher.drain(DRAIN_TIMEOUT_S))
            raise

    def table(name: str) -> faust.Table:
        return app.Table(name, partitions=settings.dedup_partitions, key_type=bytes, value_type=bytes,
                         options=ROCKSDB_OPTIONS if settings.dedup_store == "rocksdb" else None)

    runtime.decider = DedupProcessor(
        settings, metrics, JsonTable(table("dedup-articles")), JsonTable(table("dedup-exact")),
        JsonTable(table("dedup-stories")),
    )

    @app.agent(topic("dedup"), name="akhbar.dedup")
    async def dedup_agent(stream: faust.StreamT) -> None:
        publisher = runtime.dedup_publisher = new_publisher()
        stream = stream.noack()
        try:
            async for event in stream.events():
                if runtime.index_stale:  # tables are recovered before events flow: rebuild the LSH index
                    started = time.monotonic()
                    size = runtime.decider.rebuild()
                    runtime.index_stale = False
                    log.info("dedup index rebuilt from the changelog: %d article(s) in %.1fs",
                             size, time.monotonic() - started)
                await _handle(runtime, app, publisher, stream, event, runtime.decider)
        except asyncio.CancelledError:
            runtime.stopping = True
            await asyncio.shield(publisher.drain(DRAIN_TIMEOUT_S))
            raise

    @app.timer(1.0)
    async def heartbeat() -> None:
        runtime.last_tick = time.monotonic()
        _refresh_lag(runtime, app)

    @app.on_partitions_assigned.connect
    async def on_assigned(app: faust.App, assigned: set, **kwargs: object) -> None:
        await delivery.on_assigned(assigned)
        metrics.keep_consumer_lag({_partition_label(tp) for tp in assigned})
        if any(tp.topic == settings.topic_dedup for tp in assigned):
            runtime.index_stale = True  # this worker (re)gained dedup partitions
        runtime.ready = True
        metrics.ready.set(1)
        log.info("assigned %d partition(s): %s", len(assigned), sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned))

    @app.on_before_shutdown.connect
    async def on_shutdown(app: faust.App, **kwargs: object) -> None:
        runtime.stopping = True
        metrics.ready.set(0)
        await delivery.stop()

    return app, runtime


def _partition_label(tp: faust.types.TP) -> str:
    return f"{tp.topic}:{tp.partition}"


def _highwater(consumer: faust.types.ConsumerT, tp: faust.types.TP) -> int | None:
    """The fetcher's high watermark, or None: aiokafka asserts the partition is still assigned,
    and a rebalance can take it away between a fetch and this call."""
    try:
        return consumer.highwater(tp)
    except Exception:  # noqa: BLE001 — lag is best effort; it must never fail a message or the timer
        return None


def _refresh_lag(runtime: Runtime, app: faust.App) -> None:
    """Lag from the fetcher's high watermark, every second, not only when a message is handled.

    A stalled agent handles no message, so a lag set only per message would freeze at its last
    (often zero) value and hide exactly the stall the "no throughput" alert is for.
    """
    consumer = getattr(app, "_consumer", None)  # None until the worker has started consuming
    if consumer is None:
        return
    owned = runtime.metrics.lag_partitions
    for tp, last in list(runtime.last_offsets.items()):
        if _partition_label(tp) in owned:
            highwater = _highwater(consumer, tp)
            if highwater is not None:
                runtime.metrics.set_consumer_lag(_partition_label(tp), highwater - last - 1)


def _check_sequence(runtime: Runtime, msg: faust.types.Message) -> None:
    """Count (and log at debug) offsets the agent jumped over.

    A jump is normal for transactional topics (commit markers take an offset) and compacted
    ones; a record faust dropped also shows as one — ``OffsetGuard`` makes sure such a record
    is fetched again before its offset is committed.
    """
    last = runtime.last_offsets.get(msg.tp)
    if last is not None and msg.offset > last + 1:
        runtime.metrics.offset_gaps.inc()
        log.debug("offset jump on %s: %d after %d", msg.tp, msg.offset, last)
    runtime.last_offsets[msg.tp] = msg.offset


async def _handle(runtime: Runtime, app: faust.App, publisher: Publisher, stream: faust.StreamT,
                  event: faust.EventT, stage: Processor | DedupProcessor) -> None:
    msg = event.message
    if runtime.transactions is not None and not await runtime.transactions.accept(msg.tp, msg.offset):
        await stream.ack(event)  # done already (or not ours): acked only so faust's shutdown wait ends
        return
    _check_sequence(runtime, msg)
    ts_ms = int(msg.timestamp * 1000) if msg.timestamp else None
    outcome = stage.process(msg.value, msg.key, InputPosition(msg.topic, msg.partition, msg.offset, ts_ms))
    m = runtime.metrics
    if stage is runtime.processor:
        m.consumed.labels(m.source_label(outcome.source)).inc()
    highwater = _highwater(app.consumer, msg.tp)
    if highwater is not None:
        m.set_consumer_lag(_partition_label(msg.tp), highwater - msg.offset - 1)
    await publisher.publish(stream, event, outcome)
