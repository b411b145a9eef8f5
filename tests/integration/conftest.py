"""A real Apache Kafka broker for the session, and helpers to run workers as real processes."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Callable, Iterable

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer

from worker.broker import LocalBroker, free_port
from worker.config import Settings
from worker.stream.topics import ensure_topics

_counter = itertools.count()


@pytest.fixture(scope="session")
def broker():
    with LocalBroker() as b:
        yield b


class WorkerProcess:
    """`akhbar worker` in a subprocess, with its own metrics port and log file."""

    def __init__(self, settings: Settings, log_dir: Path, extra_env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.port = free_port()
        self.log_path = log_dir / f"worker-{next(_counter)}.log"
        self.env = {**os.environ, **_env_of(settings), "AKHBAR_METRICS_PORT": str(self.port),
                    "AKHBAR_METRICS_HOST": "127.0.0.1", **(extra_env or {})}
        self.proc: subprocess.Popen | None = None

    def start(self, wait_ready: float = 60.0) -> "WorkerProcess":
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "worker.cli", "worker"], env=self.env,
                                     stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + wait_ready
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"worker exited early:\n{self.log()}"
            if self.http("/readyz")[0] == 200:
                return self
            time.sleep(0.3)
        raise AssertionError(f"worker not ready after {wait_ready}s:\n{self.log()}")

    def http(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()
        except OSError:
            return 0, ""

    def metric(self, name: str, **labels: str) -> float:
        """Value of one sample in /metrics (0.0 when absent)."""
        want = name + ("{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}" if labels else "")
        for line in self.http("/metrics")[1].splitlines():
            if line.startswith(want + " "):
                return float(line.rsplit(" ", 1)[1])
        return 0.0

    def wait_metric(self, name: str, at_least: float, timeout: float = 30.0, **labels: str) -> float:
        """Poll /metrics until the sample reaches ``at_least`` (metrics lag the records by a moment)."""
        deadline = time.monotonic() + timeout
        value = self.metric(name, **labels)
        while value < at_least and time.monotonic() < deadline:
            time.sleep(0.2)
            value = self.metric(name, **labels)
        return value

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=timeout)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]


def _env_of(settings: Settings) -> dict[str, str]:
    defaults = Settings()
    return {f"AKHBAR_{k.upper()}": str(v) for k, v in vars(settings).items() if getattr(defaults, k) != v}


@pytest.fixture
def settings(broker, tmp_path) -> Settings:
    """Settings with topics and group unique to this test, so tests share one broker safely."""
    tag = uuid.uuid4().hex[:8]
    s = Settings(
        bootstrap=broker.bootstrap, group_id=f"akhbar-{tag}", partitions=4, session_timeout_s=6.0,
        commit_interval_s=0.5, data_dir=str(tmp_path / "data"),
        **{f"topic_{role}": f"t{tag}.{role}" for role in ("raw", "enriched", "entities", "events", "stories", "dlq")},
    )
    ensure_topics(s)
    return s


@pytest.fixture
def start_worker(settings, tmp_path):
    workers: list[WorkerProcess] = []

    def start(**env: str) -> WorkerProcess:
        w = WorkerProcess(settings, tmp_path, extra_env=env).start()
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
