"""``akhbar demo``: the whole thing locally, in one command.

Starts a real Kafka broker, the worker (as its own process, like in production), replays the
example articles that ship in ``examples/``, prints the enriched records and the metrics.
"""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

from .broker import LocalBroker, free_port
from .config import Settings
from .replay import replay
from .stream.topics import ensure_topics
from .tail import consume, render
from .worker_process import WorkerNotReady, WorkerProcess

DEMO_METRICS_PORT = 9308

__all__ = ["run_demo"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _say(text: str) -> None:
    print(f"\n\033[1m▶ {text}\033[0m", flush=True)


def _metrics_port() -> int:
    """9308 as documented, or any free port when something already holds it."""
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.1", DEMO_METRICS_PORT))
        return DEMO_METRICS_PORT
    except OSError:
        return free_port()


def run_demo(keep_running: bool = False, examples: Path | None = None) -> int:
    examples = examples or EXAMPLES
    _say("starting a local Apache Kafka broker (first run downloads its jars from Maven Central)")
    with LocalBroker() as broker:
        settings = Settings(bootstrap=broker.bootstrap, metrics_port=_metrics_port(), metrics_host="127.0.0.1",
                            session_timeout_s=6.0, data_dir=str(broker.dir / "worker"))
        ensure_topics(settings)
        print(f"  broker {broker.bootstrap}, logs {broker.log_file}")

        _say("starting the worker: akhbar worker")
        worker = WorkerProcess(settings, broker.dir / "logs" / "worker.log")
        try:
            try:
                worker.start(wait_ready=90)
            except WorkerNotReady as exc:
                print(f"akhbar demo: the worker did not become ready: {exc}", file=sys.stderr)
                return 1
            print(f"  worker ready, log {worker.log_path}")

            _say(f"replaying the example articles in {examples}")
            sent = replay(settings, [examples], progress=False)

            _say(f"enriched output on {settings.topic_enriched}")
            shown: set[bytes] = set()
            for message in consume(settings, settings.topic_enriched, max_records=sent, idle_timeout_s=60):
                shown.add(message.key)
                print(render(message.value))
            # articles the worker split off a "read also" tail come back through news.raw a moment later
            for message in consume(settings, settings.topic_enriched, idle_timeout_s=8):
                if message.key not in shown:
                    shown.add(message.key)
                    print(render(message.value))

            base = f"http://127.0.0.1:{worker.port}"
            _say(f"metrics at {base}/metrics (health {base}/healthz, readiness {base}/readyz)")
            time.sleep(1.0)
            for line in worker.http("/metrics")[1].splitlines():
                if line.startswith(("akhbar_articles_", "akhbar_dlq_total", "akhbar_records_published_total")) \
                        and "_created" not in line:
                    print("  " + line)

            if keep_running:
                _say(f"running: produce with `akhbar replay FILE --bootstrap {broker.bootstrap}`, "
                     f"read with `akhbar tail enriched --bootstrap {broker.bootstrap}`; Ctrl-C stops")
                try:
                    while worker.alive():
                        time.sleep(1)
                except KeyboardInterrupt:
                    pass
        finally:
            _say("stopping the worker (SIGTERM: drains and commits) and the broker")
            if worker.alive():
                worker.stop()
    return 0
