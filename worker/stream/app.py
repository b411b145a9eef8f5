"""The faust app: topics, the one thin agent, health and metrics wiring.

The agent only moves bytes: it hands each message to ``Processor.process`` (pure, no Kafka)
and the resulting records to ``Publisher`` (which acks only after Kafka acknowledged them).
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
from .process import Processor
from .publisher import Publisher

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
    publisher: Publisher | None = None
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
        store="memory://",
        processing_guarantee=settings.processing_guarantee,
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
    )

    def topic(role: str) -> faust.TopicT:
        return app.topic(settings.topics[role], key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw")

    raw = topic("raw")
    outputs = {role: topic(role) for role in settings.topics}  # raw too: articles split off a tail

    @app.agent(raw, name="akhbar.enrich")
    async def enrich_agent(stream: faust.StreamT) -> None:
        publisher = runtime.publisher = Publisher(outputs, metrics, settings.max_inflight)
        stream = stream.noack()
        try:
            async for event in stream.events():
                await _handle(runtime, app, publisher, stream, event)
        except asyncio.CancelledError:
            runtime.stopping = True
            await asyncio.shield(publisher.drain(DRAIN_TIMEOUT_S))
            raise

    @app.timer(1.0)
    async def heartbeat() -> None:
        runtime.last_tick = time.monotonic()

    @app.on_partitions_assigned.connect
    async def on_assigned(app: faust.App, assigned: set, **kwargs: object) -> None:
        runtime.ready = True
        metrics.ready.set(1)
        log.info("assigned %d partition(s): %s", len(assigned), sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned))

    @app.on_before_shutdown.connect
    async def on_shutdown(app: faust.App, **kwargs: object) -> None:
        runtime.stopping = True
        metrics.ready.set(0)

    return app, runtime


async def _handle(runtime: Runtime, app: faust.App, publisher: Publisher, stream: faust.StreamT, event: faust.EventT) -> None:
    msg = event.message
    ts_ms = int(msg.timestamp * 1000) if msg.timestamp else None
    outcome = runtime.processor.process(msg.value, msg.key, InputPosition(msg.topic, msg.partition, msg.offset, ts_ms))
    m = runtime.metrics
    m.consumed.labels(m.source_label(outcome.source)).inc()
    highwater = app.consumer.highwater(msg.tp)
    if highwater is not None:
        m.consumer_lag.labels(str(msg.partition)).set(max(0, highwater - msg.offset - 1))
    await publisher.publish(stream, event, outcome)
