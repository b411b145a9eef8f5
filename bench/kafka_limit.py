"""The Kafka limit: raw produce and consume of the benchmark payloads, no processing at all.

Two clients, because the worker's own path is aiokafka (under faust) while the tools and
tests use kafka-python; the faster of the two is the ceiling any pipeline on this machine
can approach.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

__all__ = ["Rate", "kafka_python", "aiokafka"]


@dataclass
class Rate:
    client: str
    produce_per_s: float
    produce_mb_s: float
    consume_per_s: float
    consume_mb_s: float


def kafka_python(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]], max_bytes: int) -> Rate:
    from kafka import KafkaConsumer, KafkaProducer

    size = sum(len(v) for _, v in messages) / 1e6
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, batch_size=512 * 1024,
                             max_request_size=max_bytes)
    producer.send(topic + ".warmup", value=b"{}").get(timeout=30)  # connections and metadata outside the clock
    start = time.perf_counter()
    for key, value in messages:
        producer.send(topic, key=key, value=value)
    producer.flush()
    produce_s = time.perf_counter() - start
    producer.close()

    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False,
                             max_partition_fetch_bytes=max_bytes, fetch_max_bytes=max_bytes * 4, consumer_timeout_ms=5000)
    start, n = time.perf_counter(), 0
    for _ in consumer:
        n += 1
        if n >= len(messages):
            break
    consume_s = time.perf_counter() - start
    consumer.close()
    return Rate("kafka-python", len(messages) / produce_s, size / produce_s, n / consume_s, size / consume_s)


def aiokafka(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]], max_bytes: int) -> Rate:
    return asyncio.run(_aiokafka(bootstrap, topic, messages, max_bytes))


async def _aiokafka(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]], max_bytes: int) -> Rate:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    size = sum(len(v) for _, v in messages) / 1e6
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_batch_size=512 * 1024,
                                max_request_size=max_bytes)
    await producer.start()
    await producer.send_and_wait(topic + ".warmup", b"{}")  # connections and metadata outside the clock
    start = time.perf_counter()
    futures = [await producer.send(topic, value, key=key) for key, value in messages]
    await asyncio.gather(*futures)
    produce_s = time.perf_counter() - start
    await producer.stop()

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, max_partition_fetch_bytes=max_bytes,
                                fetch_max_bytes=max_bytes * 4)
    await consumer.start()
    start, n = time.perf_counter(), 0
    try:
        while n < len(messages) and time.perf_counter() - start < 120:
            batch = await consumer.getmany(timeout_ms=1000)
            n += sum(len(records) for records in batch.values())
    finally:
        consume_s = time.perf_counter() - start
        await consumer.stop()
    return Rate("aiokafka", len(messages) / produce_s, size / produce_s, n / consume_s, size / consume_s)
