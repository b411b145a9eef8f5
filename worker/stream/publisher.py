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

Exactly-once: outputs join the Kafka transaction when sent, but an input offset joins it only
once acked, after the outputs' acknowledgement. A commit in between would commit the outputs
without their input's offset, and a crash would then publish them twice. So in that mode the
commit takes ``gate`` (no article starts sending) and waits for every pending article to settle
first (``OffsetGuard.commit_barrier``): a transaction then holds exactly the outputs of the
offsets it commits.

Back-pressure: at most ``max_inflight`` articles wait for acknowledgements; the agent blocks
beyond that, so a slow broker slows consumption instead of growing memory.
"""

from __future__ import annotations

import asyncio
import contextlib
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


class Publisher:
    def __init__(
        self, topics: Mapping[str, Any], metrics: Metrics, max_inflight: int,
        on_fatal: Callable[[str], None] = die,
        ack: Callable[[Any, Any], Awaitable[Any]] | None = None,
        gate: asyncio.Lock | None = None,
        sender: Callable[[Output, Any], Awaitable[Any]] | None = None,
    ) -> None:
        self.topics = topics
        self.metrics = metrics
        self._slots = asyncio.Semaphore(max_inflight)
        self._pending: set[asyncio.Task] = set()
        self._on_fatal = on_fatal
        self._ack = ack or (lambda stream, event: stream.ack(event))
        self._queues: dict[Any, deque] = {}  # per input partition, in consumption order
        self._gate = gate  # exactly_once: held by the commit while it settles every pending article
        self._sender = sender  # exactly_once: into the input partition's transaction

    async def publish(self, stream: Any, event: Any, outcome: Outcome) -> None:
        await self._slots.acquire()
        self.metrics.inflight.inc()
        try:
            async with self._gate or contextlib.nullcontext():
                futures = [await self._send(o, event.message.tp) for o in outcome.outputs]
        except BaseException:
            self._release()
            raise
        entry = [event, False]  # [event, outputs acknowledged]
        self._queues.setdefault(event.message.tp, deque()).append(entry)
        task = asyncio.ensure_future(self._settle(stream, event, outcome, futures, entry))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _send(self, output: Output, tp: Any) -> Any:
        if self._sender is not None:
            return await self._sender(output, tp)
        return await self.topics[output.role].send(key=output.key, value=output.value, partition=output.partition)

    async def _settle(self, stream: Any, event: Any, outcome: Outcome, futures: list, entry: list) -> None:
        try:
            outputs = list(outcome.outputs)
            for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
                results = await asyncio.gather(*futures, return_exceptions=True)
                failed = [(o, r) for o, r in zip(outputs, results) if isinstance(r, BaseException)]
                if not failed:
                    break
                self.metrics.publish_retries.inc(len(failed))
                log.warning(
                    "%d output(s) of %s not acknowledged (attempt %d/%d): %r",
                    len(failed), event.message.tp, attempt, MAX_SEND_ATTEMPTS, failed[0][1],
                )
                await asyncio.sleep(min(0.2 * 2**attempt, 10.0))
                outputs = [o for o, _ in failed]
                futures = [await self._send(o, event.message.tp) for o in outputs]
            else:
                self._on_fatal(f"outputs of offset {event.message.offset} of {event.message.tp} could not be published")
                return
            entry[1] = True
            await self._ack_in_order(stream, event.message.tp)
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
