"""Publish an article's outputs and ack its input only once Kafka has acknowledged them all.

Why not faust's default acking: a faust stream acks an event in a ``finally`` even when the
agent body raised or was cancelled, and its pre-commit ``producer.flush()`` does not surface
a failed send. Either would let the input's offset be committed while an output is lost.
So the agent iterates a ``noack()`` stream and this class acks each event itself, after
every future of that event resolved successfully. Offsets faust commits are therefore always
covered by acknowledged outputs (faust commits only up to the first un-acked offset).

Acks are released in offset order per partition. faust commits "the first run of consecutive
acked offsets" and only guards a gap at the head when one offset is missing *and* an offset
was committed before (``Consumer._new_offset``), so acking offset 11 before 10 — which
happens whenever 11's outputs are acknowledged first — could commit past 10 and lose it on
a restart or rebalance (found by the two-worker dedup test: one article in ~300 missing).

Exactly-once: ``sender`` is then ``Transactions`` (worker/stream/transactions.py), which sends
into the input partition's transaction; a failed send dooms that transaction, so it is not
retried here — the record is processed again after the abort.

Back-pressure: at most ``max_inflight`` articles wait for acknowledgements; the agent blocks
beyond that, so a slow broker slows consumption instead of growing memory.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
import os
import time
from typing import Any, Awaitable, Callable, Mapping

from .metrics import Metrics
from .process import Outcome, Output

__all__ = ["Publisher", "EXIT_PUBLISH_FAILED", "die"]

log = logging.getLogger(__name__)

EXIT_PUBLISH_FAILED = 70
MAX_SEND_ATTEMPTS = 8


def die(message: str) -> None:  # pragma: no cover - exercised by the fault suite via a subprocess
    """Exit at once, without the graceful stop that would commit offsets."""
    log.critical("%s; exiting with %d so the worker restarts from committed offsets", message, EXIT_PUBLISH_FAILED)
    logging.shutdown()
    os._exit(EXIT_PUBLISH_FAILED)


class TopicSender:
    """Sends each output on its faust topic (at_least_once: a failed send is retried)."""

    retry = True

    def __init__(self, topics: Mapping[str, Any]) -> None:
        self.topics = topics

    async def send(self, event: Any, outputs: list[Output]) -> list:
        return [await self.topics[o.role].send(key=o.key, value=o.value, partition=o.partition) for o in outputs]


class Publisher:
    def __init__(
        self, topics: Mapping[str, Any], metrics: Metrics, max_inflight: int,
        on_fatal: Callable[[str], None] = die,
        ack: Callable[[Any, Any], Awaitable[Any]] | None = None,
        sender: Any = None,
    ) -> None:
        self.topics = topics
        self.metrics = metrics
        self._slots = asyncio.Semaphore(max_inflight)
        self._pending: set[asyncio.Task] = set()
        self._on_fatal = on_fatal
        self._ack = ack or (lambda stream, event: stream.ack(event))
        self._queues: dict[Any, deque] = {}  # per input partition, in consumption order
        self._sender = sender or TopicSender(topics)  # exactly_once: Transactions

    async def publish(self, stream: Any, event: Any, outcome: Outcome) -> None:
        await self._slots.acquire()
        self.metrics.inflight.inc()
        try:
            futures = await self._sender.send(event, outcome.outputs)
        except BaseException:
            self._release()
            raise
        entry = [event, False]  # [event, outputs acknowledged]
        self._queues.setdefault(event.message.tp, deque()).append(entry)
        task = asyncio.ensure_future(self._settle(stream, event, outcome, futures, entry))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _settle(self, stream: Any, event: Any, outcome: Outcome, futures: list, entry: list) -> None:
        try:
            outputs, written = list(outcome.outputs), True
            for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
                results = await asyncio.gather(*futures, return_exceptions=True)
                failed = [(o, r) for o, r in zip(outputs, results) if isinstance(r, BaseException)]
                if not failed:
                    break
                if not self._sender.retry:  # acked, not counted: its transaction will not commit
                    log.info("%d output(s) of offset %d of %s not written; its transaction will not commit: %r",
                             len(failed), event.message.offset, event.message.tp, failed[0][1])
                    written = False
                    break
                self.metrics.publish_retries.inc(len(failed))
                log.warning(
                    "%d output(s) of %s not acknowledged (attempt %d/%d): %r",
                    len(failed), event.message.tp, attempt, MAX_SEND_ATTEMPTS, failed[0][1],
                )
                await asyncio.sleep(min(0.2 * 2**attempt, 10.0))
                outputs = [o for o, _ in failed]
                futures = await self._sender.send(event, outputs)
            else:
                self._on_fatal(f"outputs of offset {event.message.offset} of {event.message.tp} could not be published")
                return
            entry[1] = True
            await self._ack_in_order(stream, event.message.tp)
            if written:
                self._count(event, outcome)
        finally:
            self._release()

    async def _ack_in_order(self, stream: Any, tp: Any) -> None:
        queue = self._queues[tp]
        while queue and queue[0][1]:
            event, _ = queue.popleft()
            await self._ack(stream, event)

    def _count(self, event: Any, outcome: Outcome) -> None:
        m = self.metrics
        for o in outcome.outputs:
            m.records_out.labels(o.role).inc()
        if outcome.dlq_reason is not None:
            m.dlq.labels(outcome.dlq_reason.value).inc()
            return
        if not any(o.role == "enriched" for o in outcome.outputs):
            return  # the clean stage's hand-over to the dedup stage, or a redelivery dropped
        m.published.labels(m.source_label(outcome.source)).inc()
        now = time.time()
        input_ts = outcome.input_ts or event.message.timestamp
        if input_ts:
            m.e2e_lag.labels("kafka").observe(max(0.0, now - input_ts))
        if outcome.published_at is not None:
            m.e2e_lag.labels("published").observe(max(0.0, now - outcome.published_at.timestamp()))

    def _release(self) -> None:
        self._slots.release()
        self.metrics.inflight.dec()

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def settle(self, timeout: float) -> int:
        """Wait until every article sent so far is acknowledged and acked (not the caller's own).

        Returns how many are still unsettled after ``timeout``.
        """
        pending = self._pending - {asyncio.current_task()}
        if not pending:
            return 0
        _, not_done = await asyncio.wait(pending, timeout=timeout)
        return len(not_done)

    async def drain(self, timeout: float) -> bool:
        """Wait for every in-flight article to be acknowledged (graceful shutdown)."""
        if not self._pending:
            return True
        log.info("draining %d in-flight article(s)", len(self._pending))
        left = await self.settle(timeout)
        if left:
            log.warning("%d article(s) still unacknowledged after %.0fs: they will be reprocessed", left, timeout)
        return not left
