"""A real Apache Kafka broker for the session, and helpers to run workers as real processes."""

from __future__ import annotations

import dataclasses
import itertools
import signal
import time
import uuid
from typing import Callable, Iterable

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer

from worker.broker import LocalBroker, free_port
from worker.config import Settings
from worker.stream.topics import ensure_topics
from worker.worker_process import WorkerProcess

_counter = itertools.count()


@pytest.fixture(scope="session")
def broker():
    with LocalBroker() as b:
        yield b


@pytest.fixture
def settings(broker, tmp_path) -> Settings:
    """Settings with topics and group unique to this test, so tests share one broker safely."""
    tag = uuid.uuid4().hex[:8]
    s = Settings(
        bootstrap=broker.bootstrap, group_id=f"akhbar-{tag}", partitions=4, session_timeout_s=6.0,
        commit_interval_s=0.5, data_dir=str(tmp_path / "data"),
        **{f"topic_{role}": f"t{tag}.{role}" for role in Settings().topics},
    )
    ensure_topics(s)
    return s


@pytest.fixture
def start_worker(settings, tmp_path):
    """Start a worker process on ``settings`` (own metrics port, own log); killed at teardown."""
    workers: list[WorkerProcess] = []

    def start(**env: str) -> WorkerProcess:
        n = next(_counter)
        own = dataclasses.replace(settings, metrics_port=free_port(), metrics_host="127.0.0.1",
                                  data_dir=f"{settings.data_dir}-{n}")  # each worker its own local state
        w = WorkerProcess(own, tmp_path / f"worker-{n}.log", extra_env=env).start()
        workers.append(w)
        return w

    yield start
    for w in workers:
        if w.alive():
            w.stop(signal.SIGKILL)


def produce(settings: Settings, messages: Iterable[tuple[bytes | None, bytes]], topic: str | None = None) -> int:
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap, acks="all", linger_ms=5,
                             max_request_size=settings.max_message_bytes)
    n = 0
    for key, value in messages:
        producer.send(topic or settings.topic_raw, key=key, value=value)
        n += 1
    producer.flush()
    producer.close()
    return n


def consume_until(settings: Settings, topic: str, count: int, timeout: float = 120.0,
                  done: Callable[[list], bool] | None = None, isolation_level: str = "read_uncommitted") -> list:
    """Read ``topic`` from the start until ``count`` records (or ``done(messages)``) or ``timeout``."""
    done = done or (lambda out: len(out) >= count)
    consumer = KafkaConsumer(topic, bootstrap_servers=settings.bootstrap, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=1000, isolation_level=isolation_level,
                             max_partition_fetch_bytes=settings.max_message_bytes,
                             fetch_max_bytes=settings.max_message_bytes * 2)
    out: list = []
    deadline = time.monotonic() + timeout
    try:
        while not done(out) and time.monotonic() < deadline:
            for message in consumer:
                out.append(message)
                if done(out):
                    break
    finally:
        consumer.close()
    return out


def values(messages) -> list[dict]:
    return [orjson.loads(m.value) for m in messages]
