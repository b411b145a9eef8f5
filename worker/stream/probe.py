"""Ask the broker what a partition holds, beside the worker's own consumer.

Why a side client: the worker's consumer belongs to faust (its fetcher, its positions, its
thread); seeking it to look at an offset would move what the agents read. A consumer without
a group and an admin client answer "what is the first record at or after offset n" and
"what did the group commit" without touching it. Reads use the worker's isolation level, so
records of aborted transactions and transaction markers are invisible here too.
"""

from __future__ import annotations

import asyncio
from typing import Any, Iterable

from ..config import Settings
from ..kafka_clients import kafka_python_config

__all__ = ["BrokerProbe"]

PROBE_TIMEOUT_MS = 5000


class BrokerProbe:
    def __init__(self, settings: Settings, read_committed: bool) -> None:
        self.settings = settings
        self.isolation_level = "read_committed" if read_committed else "read_uncommitted"
        self._lock = asyncio.Lock()  # one probe consumer, one partition at a time
        self._consumer: Any = None
        self._admin: Any = None

    async def first_record(self, tp: Any, start: int | None) -> tuple[int, int | None]:
        """(where the probe started — ``start`` or the log start —, offset of the first record there or after, or None)."""
        from aiokafka.structs import TopicPartition

        async with self._lock:
            probe = await self._probe()
            ktp = TopicPartition(tp.topic, tp.partition)
            probe.assign([ktp])
            if start is None:
                start = (await probe.beginning_offsets([ktp]))[ktp]
            probe.seek(ktp, start)
            batch = await probe.getmany(ktp, timeout_ms=PROBE_TIMEOUT_MS, max_records=1)
            records = batch.get(ktp) or []
            return start, (records[0].offset if records else None)

    async def committed(self, group_id: str, tps: Iterable[Any]) -> dict[Any, int]:
        """The group's committed offset of each partition; the log start where it has none."""
        from aiokafka.admin import AIOKafkaAdminClient
        from aiokafka.structs import TopicPartition

        tps = list(tps)
        if not tps:
            return {}
        async with self._lock:
            if self._admin is None:
                admin = AIOKafkaAdminClient(**kafka_python_config(self.settings))
                await admin.start()
                self._admin = admin
            ktps = [TopicPartition(tp.topic, tp.partition) for tp in tps]
            found = await self._admin.list_consumer_group_offsets(group_id, partitions=ktps)
            probe = await self._probe()
            starts = await probe.beginning_offsets(ktps)
        result = {}
        for tp, ktp in zip(tps, ktps):
            meta = found.get(ktp)
            result[tp] = meta.offset if meta is not None and meta.offset >= 0 else starts[ktp]
        return result

    async def _probe(self) -> Any:
        from aiokafka import AIOKafkaConsumer

        if self._consumer is None:
            consumer = AIOKafkaConsumer(
                **kafka_python_config(self.settings), enable_auto_commit=False, group_id=None,
                isolation_level=self.isolation_level, max_partition_fetch_bytes=self.settings.max_message_bytes,
            )
            await consumer.start()
            self._consumer = consumer
        return self._consumer

    async def stop(self) -> None:
        consumer, admin, self._consumer, self._admin = self._consumer, self._admin, None, None
        if consumer is not None:
            await consumer.stop()
        if admin is not None:
            await admin.close()
