"""A real Apache Kafka broker for the session, and helpers to run workers as real processes."""

from __future__ import annotations

import dataclasses
import itertools
import signal
import time
import uuid
from pathlib import Path
from typing import Callable, Iterable

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from worker.broker import LocalBroker, free_port
from worker.config import Settings
from worker.stream.topics import ensure_topics
from worker.worker_process import WorkerProcess

_counter = itertools.count()


@pytest.fixture(scope="session")
def broker():
    with LocalBroker() as b:
        yield b


def test_settings(bootstrap: str, data_dir: Path, **overrides) -> Settings:
    """Settings with topics and group unique to one test, so tests share a broker safely."""
    tag = uuid.uuid4().hex[:8]
    s = Settings(
        bootstrap=bootstrap, group_id=f"akhbar-{tag}", partitions=4, session_timeout_s=6.0,
        commit_interval_s=0.5, data_dir=str(data_dir),
        **{f"topic_{role}": f"t{tag}.{role}" for role in Settings().topics}, **overrides,
    )
    ensure_topics(s)
    return s


test_settings.__test__ = False  # a helper, not a test


@pytest.fixture
def settings(broker, tmp_path) -> Settings:
    return test_settings(broker.bootstrap, tmp_path / "data")


class Workers:
    """Starts worker processes on ``settings`` (own metrics port, own log, own local state)."""

    def __init__(self, settings: Settings, logs: Path) -> None:
        self.settings, self.logs = settings, logs
        self.started: list[WorkerProcess] = []

    def __call__(self, **env: str) -> WorkerProcess:
        n = next(_counter)
        own = dataclasses.replace(self.settings, metrics_port=free_port(), metrics_host="127.0.0.1",
                                  data_dir=f"{self.settings.data_dir}-{n}")
        w = WorkerProcess(own, self.logs / f"worker-{n}.log", extra_env=env).start()
        self.started.append(w)
        return w

    def kill_all(self) -> None:
        for w in self.started:
            if w.alive():
                w.stop(signal.SIGKILL)


@pytest.fixture
def start_worker(settings, tmp_path):
    """Start a worker process on ``settings``; every one is killed at teardown."""
    workers = Workers(settings, tmp_path)
    yield workers
    workers.kill_all()


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


def _offsets(settings: Settings, topic: str, committed: bool) -> dict[int, int]:
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap, group_id=settings.group_id, enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
        if committed:
            return {tp.partition: consumer.committed(tp) or 0 for tp in parts}
        return {tp.partition: offset for tp, offset in consumer.end_offsets(parts).items()}
    finally:
        consumer.close()


def committed_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """The worker group's committed offsets of ``topic``, per partition (0 where none)."""
    return _offsets(settings, topic, committed=True)


def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    return _offsets(settings, topic, committed=False)


def wait_until_committed(settings: Settings, timeout: float = 60.0) -> None:
    """Block until the worker group has committed everything it reads: the raw topic and the
    internal dedup topic between its two agents.

    A fixed sleep before killing a worker races the commit on a loaded machine: the killed
    worker's last records are then processed again by the next one (from either topic), which is
    correct behaviour but not what a test that counts outputs after a restart means to check."""
    deadline = time.monotonic() + timeout
    for topic in (settings.topic_raw, settings.topic_dedup):
        while (committed := committed_offsets(settings, topic)) != (end := end_offsets(settings, topic)):
            if time.monotonic() > deadline:
                raise AssertionError(f"offsets of {topic} not committed within {timeout:.0f} s: {committed} < {end}")
            time.sleep(0.25)


def values(messages) -> list[dict]:
    return [orjson.loads(m.value) for m in messages]
