"""Data files shipped inside the package (licences in LICENSES.md), loaded once, lazily."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..lang.ar.normalize import normalize

__all__ = ["Place", "places", "lookup_place"]

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Place:
    arabic: str
    english: str
    kind: str  # country | city | region
    country: str


@cache
def places() -> dict[str, Place]:
    """Normalised Arabic name → Place (countries, world cities, hand-curated additions)."""
    table: dict[str, Place] = {}
    for line in (HERE / "places.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        arabic, english, kind, country = (line.split("\t") + ["", "", ""])[:4]
        table.setdefault(normalize(arabic), Place(arabic, english, kind, country))
    return table


def lookup_place(name: str) -> Place | None:
    """The place called ``name`` (any spelling variant the normaliser folds), else None."""
    return places().get(normalize(name))
