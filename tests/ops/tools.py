"""The real tools that check the operations files, fetched from package registries and cached.

No Docker engine and no internet here, only registries, so each tool comes from the registry
that carries it:

- Prometheus and promtool: Debian's ``prometheus`` package (``apt-get download``, unpacked
  with ``dpkg-deb -x``; no root, nothing installed system-wide). A ``promtool`` on PATH wins.
- The Compose Specification's JSON schema: the Go module ``github.com/compose-spec/compose-go``
  (the loader Docker Compose itself uses) carries it, fetched with ``go mod download``.
- The ServiceMonitor CRD's OpenAPI schema: the Go module of the Prometheus Operator.

Kubernetes' own schemas come with the ``kubernetes-validate`` package (a dev dependency).
Everything is cached in ``~/.cache/akhbar/tools`` (``AKHBAR_TOOLS_CACHE``).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Iterator

import orjson
import yaml

__all__ = ["ToolUnavailable", "prometheus_bin", "compose_schema", "servicemonitor_schema"]

COMPOSE_GO = ("github.com/compose-spec/compose-go/v2", "v2.16.2")
PROMETHEUS_OPERATOR = ("github.com/prometheus-operator/prometheus-operator", "v0.85.0")


class ToolUnavailable(RuntimeError):
    """The tool could not be fetched here; the message says what was tried and what to install."""


def cache_dir() -> Path:
    return Path(os.environ.get("AKHBAR_TOOLS_CACHE", Path.home() / ".cache" / "akhbar" / "tools"))


@contextmanager
def _locked(name: str) -> Iterator[Path]:
    """One fetch at a time per tool (pytest-xdist workers or parallel CI jobs share the cache)."""
    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield root


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)


@cache
def prometheus_bin() -> Path:
    """The directory holding ``prometheus`` and ``promtool``."""
    on_path = shutil.which("promtool")
    if on_path and shutil.which("prometheus"):
        return Path(on_path).parent
    with _locked("prometheus") as root:
        bins = root / "prometheus" / "usr" / "bin"
        if (bins / "promtool").is_file() and (bins / "prometheus").is_file():
            return bins
        for tool in ("apt-get", "dpkg-deb"):
            if not shutil.which(tool):
                raise ToolUnavailable(f"`{tool}` not found: install Prometheus (with promtool) and put it on PATH")
        with tempfile.TemporaryDirectory(prefix="akhbar-prometheus-") as tmp:
            got = _run(["apt-get", "download", "prometheus"], cwd=tmp)
            if got.returncode != 0 and os.geteuid() == 0:  # a fresh machine may have no package lists yet
                _run(["apt-get", "update", "-qq"])
                got = _run(["apt-get", "download", "prometheus"], cwd=tmp)
            debs = list(Path(tmp).glob("prometheus_*.deb"))
            if got.returncode != 0 or not debs:
                raise ToolUnavailable(f"apt-get download prometheus failed: {got.stderr.strip()[-500:]}")
            unpacked = Path(tmp) / "root"
            got = _run(["dpkg-deb", "-x", str(debs[0]), str(unpacked)])
            if got.returncode != 0:
                raise ToolUnavailable(f"dpkg-deb -x {debs[0].name} failed: {got.stderr.strip()[-500:]}")
            shutil.rmtree(root / "prometheus", ignore_errors=True)
            shutil.move(str(unpacked), root / "prometheus")
        return bins


def _go_module(path: str, version: str) -> Path:
    """The source tree of a Go module at an exact version, from the Go module proxy."""
    go = shutil.which("go")
    if not go:
        raise ToolUnavailable(f"`go` not found: it fetches {path}@{version} from the Go module proxy")
    with _locked("go") as root:
        env = {**os.environ, "GOPATH": str(root / "go"), "GOMODCACHE": str(root / "go" / "mod"),
               "GOFLAGS": "-modcacherw", "GO111MODULE": "on"}
        with tempfile.TemporaryDirectory(prefix="akhbar-go-") as tmp:  # outside any go.mod
            got = _run([go, "mod", "download", "-json", f"{path}@{version}"], cwd=tmp, env=env)
        if got.returncode != 0:
            raise ToolUnavailable(f"go mod download {path}@{version} failed: {(got.stderr or got.stdout).strip()[-500:]}")
        return Path(orjson.loads(got.stdout)["Dir"])


@cache
def compose_schema() -> dict:
    """The Compose Specification JSON schema, as shipped with compose-go."""
    return orjson.loads((_go_module(*COMPOSE_GO) / "schema" / "compose-spec.json").read_bytes())


@cache
def servicemonitor_schema() -> dict:
    """The OpenAPI v3 schema of monitoring.coreos.com/v1 ServiceMonitor, from its CRD."""
    crd_file = _go_module(*PROMETHEUS_OPERATOR) / "example" / "prometheus-operator-crd" / "monitoring.coreos.com_servicemonitors.yaml"
    crd = yaml.safe_load(crd_file.read_text())
    (v1,) = [v for v in crd["spec"]["versions"] if v["name"] == "v1"]
    return v1["schema"]["openAPIV3Schema"]
