"""``akhbar worker`` as a child process, and its HTTP endpoints read from outside.

The demo, the benchmarks and the integration tests all run the worker the way production
does (its own process, configured only through ``AKHBAR_*``), so they share this one handle.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .config import ENV_PREFIX, Settings

__all__ = ["WorkerProcess", "WorkerNotReady", "settings_env", "metric_value"]


class WorkerNotReady(RuntimeError):
    """The worker exited or did not answer /readyz in time; the message ends with its log."""


def settings_env(settings: Settings) -> dict[str, str]:
    """Every setting as its ``AKHBAR_*`` variable: the child sees exactly ``settings``."""
    return {ENV_PREFIX + f.name.upper(): str(getattr(settings, f.name)) for f in dataclasses.fields(settings)}


def metric_value(exposition: str, name: str, **labels: str) -> float:
    """Sum of the samples called ``name`` whose labels include ``labels`` (0.0 when none)."""
    want = {f'{k}="{v}"' for k, v in labels.items()}
    total = 0.0
    for line in exposition.splitlines():
        sample, _, value = line.rpartition(" ")
        base, _, label_text = sample.partition("{")
        if base == name and want <= set(label_text.rstrip("}").split(",")) - {""}:
            total += float(value)
    return total


class WorkerProcess:
    def __init__(self, settings: Settings, log_path: Path, extra_env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.port = settings.metrics_port
        self.log_path = log_path
        self.env = {**os.environ, **settings_env(settings), **(extra_env or {})}
        self.proc: subprocess.Popen | None = None

    def start(self, wait_ready: float = 60.0) -> "WorkerProcess":
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "worker.cli", "worker"], env=self.env,
                                         stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + wait_ready
        while self.http("/readyz")[0] != 200:
            if not self.alive():
                raise WorkerNotReady(f"worker exited with {self.proc.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise WorkerNotReady(f"worker not ready after {wait_ready:.0f}s:\n{self.log()}")
            time.sleep(0.3)
        return self

    def http(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()
        except OSError:
            return 0, ""

    def metric(self, name: str, **labels: str) -> float:
        return metric_value(self.http("/metrics")[1], name, **labels)

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
        """Signal the worker and wait; SIGKILL if it has not exited within ``timeout``."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]
