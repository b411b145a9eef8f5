"""A real, local Apache Kafka broker (KRaft, single node) for the demo and the tests.

The broker jars are fetched by package name from Maven Central (``mvn
dependency:copy-dependencies`` on a tiny pom naming ``org.apache.kafka:kafka_2.13``) and cached
outside the repo in ``~/.cache/akhbar/kafka/<version>``. Each broker formats its own KRaft
storage in a temporary directory, listens on 127.0.0.1 on free ports, and is always stopped:
on ``stop()``, on leaving the ``with`` block (test failure, Ctrl-C) and at interpreter exit.

Why Kafka 4.4: faust-streaming 0.15 (aiokafka 0.14) works against it here, transactions and
consumer groups included; see the README's "Kafka version" note.
"""

from __future__ import annotations

import atexit
import base64
import fcntl
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

__all__ = ["KAFKA_VERSION", "LocalBroker", "BrokerError", "fetch_kafka", "free_port"]

log = logging.getLogger(__name__)

KAFKA_VERSION = os.environ.get("AKHBAR_KAFKA_VERSION", "4.4.0")
LOG4J_VERSION = "2.25.5"
START_TIMEOUT_S = 90.0

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.akhbar</groupId><artifactId>kafka-broker-fetch</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>{kafka}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>{log4j}</version></dependency>
  </dependencies>
</project>
"""

_LOG4J2 = """<Configuration status="warn">
  <Appenders>
    <File name="file" fileName="${sys:kafka.logs.dir}/server.log">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </File>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="file"/></Root>
    <Logger name="kafka.request.logger" level="warn"/>
  </Loggers>
</Configuration>
"""


class BrokerError(RuntimeError):
    """The local broker could not be fetched or started; the message says what to install or check."""


def cache_root() -> Path:
    return Path(os.environ.get("AKHBAR_KAFKA_CACHE", Path.home() / ".cache" / "akhbar" / "kafka"))


def _require(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise BrokerError(f"`{tool}` not found. {hint}")
    return path


def fetch_kafka(version: str = KAFKA_VERSION) -> Path:
    """Return the directory of the broker's jars, downloading them once with Maven."""
    libs = cache_root() / version / "libs"
    if (libs / f"kafka_2.13-{version}.jar").is_file():
        return libs
    mvn = _require("mvn", "Install Maven 3 (Debian/Ubuntu: `apt-get install maven`; macOS: `brew install maven`).")
    libs.parent.mkdir(parents=True, exist_ok=True)
    with open(libs.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # several test workers may fetch at once
        if (libs / f"kafka_2.13-{version}.jar").is_file():
            return libs
        with tempfile.TemporaryDirectory(prefix="akhbar-kafka-fetch-") as tmp:
            pom = Path(tmp) / "pom.xml"
            pom.write_text(_POM.format(kafka=version, log4j=LOG4J_VERSION))
            out = Path(tmp) / "libs"
            log.info("fetching Apache Kafka %s broker jars from Maven Central (once)", version)
            proc = subprocess.run(
                [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
                 "-DincludeScope=runtime", f"-DoutputDirectory={out}"],
                capture_output=True, text=True,
            )
            if proc.returncode != 0:
                raise BrokerError(f"mvn could not fetch org.apache.kafka:kafka_2.13:{version}:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
            shutil.rmtree(libs, ignore_errors=True)
            out.rename(libs)
    return libs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cluster_id() -> str:
    """A random KRaft cluster id (may start with "-": pass it as --cluster-id=…, never as a separate argument)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


class LocalBroker:
    """One KRaft node (broker + controller) on 127.0.0.1.

    >>> with LocalBroker() as broker:
    ...     print(broker.bootstrap)
    """

    def __init__(
        self, port: int | None = None, data_dir: str | Path | None = None, version: str = KAFKA_VERSION,
        heap: str = "768m", extra_config: dict[str, str] | None = None,
    ) -> None:
        self.version = version
        self.port = port or free_port()
        self.controller_port = free_port()
        self._own_dir = data_dir is None
        self.dir = Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="akhbar-kafka-"))
        self.heap = heap
        self.extra_config = extra_config or {}
        self.proc: subprocess.Popen | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.dir / "logs" / "server.log"

    def _java(self) -> str:
        java = _require("java", "Install a Java 17+ runtime (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`).")
        return java

    def _write_config(self) -> Path:
        props = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.bootstrap.servers": f"127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL",
            "log.dirs": str(self.dir / "data"),
            "num.partitions": "1",
            # single node: internal topics cannot have more than one replica
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "4",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "4",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
            # large articles must reach the worker so that it can dead-letter them
            "message.max.bytes": str(32 * 1024 * 1024),
            "replica.fetch.max.bytes": str(32 * 1024 * 1024),
            "log.retention.hours": "168",
            **self.extra_config,
        }
        path = self.dir / "server.properties"
        path.write_text("".join(f"{k}={v}\n" for k, v in props.items()))
        (self.dir / "log4j2.xml").write_text(_LOG4J2)
        return path

    def _jvm(self, main: str, *args: str) -> list[str]:
        libs = fetch_kafka(self.version)
        return [
            self._java(), f"-Xmx{self.heap}", "-Xms128m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={self.dir / 'logs'}", f"-Dlog4j2.configurationFile={self.dir / 'log4j2.xml'}",
            "-cp", f"{libs}/*", main, *args,
        ]

    def start(self, timeout: float = START_TIMEOUT_S) -> "LocalBroker":
        if self.proc and self.proc.poll() is None:
            return self
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "logs").mkdir(exist_ok=True)
        config = self._write_config()
        if not (self.dir / "data" / "meta.properties").exists():
            fmt = subprocess.run(
                self._jvm("kafka.tools.StorageTool", "format", "--standalone", f"--cluster-id={_cluster_id()}", "-c", str(config)),
                capture_output=True, text=True,
            )
            if fmt.returncode != 0:
                raise BrokerError(f"formatting KRaft storage failed:\n{fmt.stdout}\n{fmt.stderr}")
        out = open(self.dir / "logs" / "stdout.log", "ab")
        self.proc = subprocess.Popen(
            self._jvm("kafka.Kafka", str(config)), stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
        out.close()
        atexit.register(self.stop)
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        log.info("Kafka %s ready on %s (data in %s)", self.version, self.bootstrap, self.dir)
        return self

    def _wait_ready(self, timeout: float) -> None:
        from kafka import KafkaAdminClient  # lazy: only the broker's users need it

        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise BrokerError(f"broker exited with {self.proc.returncode}; see {self.log_file}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            except OSError as exc:  # port not open yet: cheap to poll, unlike a client's backoff
                last_error = exc
                time.sleep(0.2)
                continue
            try:
                admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=5000)
                try:
                    admin.describe_cluster()
                    return
                finally:
                    admin.close()
            except Exception as exc:  # not up yet
                last_error = exc
                time.sleep(0.5)
        raise BrokerError(f"broker not ready after {timeout:.0f}s ({last_error!r}); see {self.log_file}")

    def stop(self, timeout: float = 30.0, *, kill: bool = False) -> None:
        """Stop the broker (SIGTERM, then SIGKILL). ``kill=True`` simulates a crash."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL if kill else signal.SIGTERM)
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            except ProcessLookupError:
                pass

    def cleanup(self) -> None:
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "LocalBroker":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()
