"""Fixtures for the operations checks: the real tools, or a clear skip (a failure under CI)."""

from __future__ import annotations

import os
from typing import Callable, TypeVar

import pytest

from .tools import ToolUnavailable, compose_schema, prometheus_bin, servicemonitor_schema

T = TypeVar("T")


def require(fetch: Callable[[], T]) -> T:
    """The tool, or skip saying why; under CI (``CI`` set) a missing tool is a failure, never a skip."""
    try:
        return fetch()
    except ToolUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs this tool: {exc}")
        pytest.skip(f"tool not available here: {exc}")


@pytest.fixture(scope="session")
def promtool() -> str:
    return str(require(prometheus_bin) / "promtool")


@pytest.fixture(scope="session")
def compose_spec() -> dict:
    return require(compose_schema)


@pytest.fixture(scope="session")
def servicemonitor_spec() -> dict:
    return require(servicemonitor_schema)
