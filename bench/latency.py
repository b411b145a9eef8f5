"""End-to-end latency at a fixed offered rate: produce → enriched record appended by the broker.

The enriched topic is created with ``message.timestamp.type=LogAppendTime``, so each
enriched record carries the broker's clock at the moment it was acknowledged; the enriched
record names its raw input (partition, offset), and the producer here remembers when it
sent each raw record. Same host, same clock: latency = append time − send time.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import orjson

__all__ = ["Latency", "measure"]


@dataclass
class Latency:
    rate: float
    sent: int
    received: int
    p50_ms: float
    p95_ms: float
    p99_ms: float


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(bootstrap: str, raw: str, enriched: str, messages: list[tuple[bytes, bytes]], rate: float,
            seconds: float, drain_s: float = 30.0) -> Latency:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10)
    parts = [TopicPartition(enriched, p) for p in consumer.partitions_for_topic(enriched) or ()]
    consumer.assign(parts)
    consumer.seek_to_end(*parts)
    for tp in parts:
        consumer.position(tp)  # resolve "end" now: only records of this run count

    sent_at: dict[tuple[int, int], float] = {}
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    count = int(rate * seconds)
    done = threading.Event()

    def produce() -> None:
        start = time.monotonic()
        for n in range(count):
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            key, value = messages[n % len(messages)]
            wall = time.time()
            meta = producer.send(raw, key=key + f"#{n}-{rate:.0f}".encode(), value=_renamed(value, n, rate))
            meta.add_callback(lambda md, wall=wall: sent_at.__setitem__((md.partition, md.offset), wall))
        producer.flush()
        done.set()

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    latencies: list[float] = []
    deadline = time.monotonic() + seconds + drain_s
    while time.monotonic() < deadline and (len(latencies) < count or not done.is_set()):
        for records in consumer.poll(timeout_ms=200).values():
            for r in records:
                source = orjson.loads(r.value).get("input") or {}
                t = sent_at.get((source.get("partition"), source.get("offset")))
                if t is not None and source.get("topic") == raw:
                    latencies.append(r.timestamp / 1000 - t)
        if done.is_set() and len(latencies) >= count:
            break
    thread.join(timeout=5)
    producer.close()
    consumer.close()
    ms = [x * 1000 for x in latencies]
    return Latency(rate, count, len(ms), percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99))


def _renamed(value: bytes, n: int, rate: float) -> bytes:
    """A fresh article id per send: a repeated id would be dropped as a redelivery, not measured."""
    article = orjson.loads(value)
    article["id"] = f"{article.get('id', 'a')}#{n}-{rate:.0f}"
    return orjson.dumps(article)
