"""``akhbar demo``: the whole thing locally, in one command.

Starts a real Kafka broker, the worker (as its own process, like in production), replays the
example articles that ship in ``examples/``, prints the enriched records and the metrics.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .broker import LocalBroker, free_port
from .config import Settings
from .replay import replay
from .stream.topics import ensure_topics
from .tail import consume, render

__all__ = ["run_demo"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=3) as r:
            return r.status, r.read().decode()
    except Exception:
        return 0, ""


def _say(text: str) -> None:
    print(f"\n\033[1m▶ {text}\033[0m", flush=True)


def run_demo(keep_running: bool = False, examples: Path | None = None) -> int:
    examples = examples or EXAMPLES
    _say("starting a local Apache Kafka broker (first run downloads its jars from Maven Central)")
    with LocalBroker() as broker:
        port = 9308
        try:
            import socket
            with socket.socket() as s:
                s.bind(("127.0.0.1", port))
        except OSError:
            port = free_port()
        settings = Settings(bootstrap=broker.bootstrap, metrics_port=port, metrics_host="127.0.0.1",
                            session_timeout_s=6.0, data_dir=str(broker.dir / "worker"))
        ensure_topics(settings)
        print(f"  broker {broker.bootstrap}, logs {broker.log_file}")

        _say("starting the worker: akhbar worker")
        env = {**os.environ, "AKHBAR_BOOTSTRAP": settings.bootstrap, "AKHBAR_METRICS_PORT": str(port),
               "AKHBAR_METRICS_HOST": "127.0.0.1", "AKHBAR_SESSION_TIMEOUT_S": "6",
               "AKHBAR_DATA_DIR": settings.data_dir}
        log_path = broker.dir / "logs" / "worker.log"
        with open(log_path, "ab") as log:
            worker = subprocess.Popen([sys.executable, "-m", "worker.cli", "worker"], env=env,
                                      stdout=log, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while _get(base + "/readyz")[0] != 200:
                if worker.poll() is not None or time.monotonic() > deadline:
                    print(open(log_path, errors="replace").read()[-4000:], file=sys.stderr)
                    print("akhbar demo: the worker did not become ready (log above)", file=sys.stderr)
                    return 1
                time.sleep(0.3)
            print(f"  worker ready, log {log_path}")

            _say(f"replaying the example articles in {examples}")
            sent = replay(settings, [examples], progress=False)

            _say(f"enriched output on {settings.topic_enriched}")
            for message in consume(settings, settings.topic_enriched, max_records=sent, idle_timeout_s=60):
                print(render(message.value))

            _say(f"metrics at {base}/metrics (health {base}/healthz, readiness {base}/readyz)")
            time.sleep(1.0)
            for line in _get(base + "/metrics")[1].splitlines():
                if line.startswith(("akhbar_articles_", "akhbar_dlq_total", "akhbar_records_published_total")) \
                        and "_created" not in line:
                    print("  " + line)

            if keep_running:
                _say(f"running: produce with `akhbar replay FILE --bootstrap {broker.bootstrap}`, "
                     f"read with `akhbar tail enriched --bootstrap {broker.bootstrap}`; Ctrl-C stops")
                try:
                    while worker.poll() is None:
                        time.sleep(1)
                except KeyboardInterrupt:
                    pass
        finally:
            _say("stopping the worker (SIGTERM: drains and commits) and the broker")
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    worker.kill()
    return 0
