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
