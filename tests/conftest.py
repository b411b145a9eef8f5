"""Shared fixtures: the repo's example articles, and ../shared/data when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data: research corpora that never ship in the repo. Skips clearly when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs ../shared/data (not present at {SHARED_DATA}); the rest of the suite runs without it")
    return SHARED_DATA


# --- the fault suite's soak mode and report ------------------------------------------------------

FAULT_REPORT: list[dict] = []


def pytest_addoption(parser):
    parser.addoption("--soak", action="store_true", default=False,
                     help="fault suite: many more articles and faults (minutes to hours), same assertions")


SOAK_TIMEOUT_S = 3 * 3600


def pytest_collection_modifyitems(config, items):
    """--soak: the fault tests run far longer than the suite's default per-test timeout."""
    if config.getoption("--soak"):
        for item in items:
            if "soak" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.timeout(SOAK_TIMEOUT_S))


@pytest.fixture(scope="session")
def soak(request) -> bool:
    return bool(request.config.getoption("--soak"))


@pytest.fixture
def fault_report():
    """Rows for the fault table printed at the end of the run (and kept for the closing note)."""
    return FAULT_REPORT


def pytest_terminal_summary(terminalreporter):
    if not FAULT_REPORT:
        return
    columns = ["fault", "injected", "articles in", "outputs verified", "lost", "duplicated", "dlq", "max rss MB"]
    terminalreporter.section("fault suite")
    terminalreporter.write_line(" | ".join(columns))
    for row in FAULT_REPORT:
        terminalreporter.write_line(" | ".join(str(row.get(c, "")) for c in columns))
