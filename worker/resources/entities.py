"""The curated entity list (``entities.tsv``) and the shipped place names, as lookups.

Two uses: gazetteer features for the tagger (``gazetteer_entries``), and after tagging the
evidence that turns a name into a typed, labelled entity: GPE vs LOC, an English label, the
country behind a nationality adjective ("الرئيس الروسي" → Russia).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..lang.ar.normalize import normalize

__all__ = ["Known", "known", "nationality", "gazetteer_entries", "country_of_place", "given_names"]

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Known:
    type: str
    label_en: str
    canonical: str  # Arabic canonical form
    curated: bool = False  # from entities.tsv
    country: bool = False


def _adjective_forms(adj: str) -> list[str]:
    """روسي → روسي روسية الروسي الروسية الروس الروسيان (normalised)."""
    base = normalize(adj)
    stem = base[:-1] if base.endswith("ي") else base
    forms = [base, base + "ه", "ال" + base, "ال" + base + "ه", base + "ين", "ال" + base + "ين"]
    forms += [base + "ون", "ال" + base + "ون", "ال" + stem]  # الروس, plural
    forms += [base + "ان", "ال" + base + "ان", base + "تان", "ال" + base + "تان"]  # dual: وزيرا … اليونانيان
    return forms


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Known], dict[str, str]]:
    names: dict[str, Known] = {}
    adjectives: dict[str, str] = {}
    for line in (HERE / "entities.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, english, arabic = line.split("\t")
        forms = arabic.split("|")
        if kind == "NORP":
            for form in forms:
                for f in _adjective_forms(form):
                    adjectives.setdefault(f, english)
            continue
        entry = Known(kind, english, forms[0], curated=True)
        for form in forms:
            names.setdefault(normalize(form), entry)
    for arabic, english, kind, _country in _places():
        names.setdefault(normalize(arabic), Known("GPE", english, arabic, country=kind == "country"))
    return names, adjectives


@functools.lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, ...], ...]:
    """The rows of places.tsv (arabic, english, kind, country); places_extra.tsv is built into it."""
    return tuple(tuple(line.split("\t")) for line in (HERE / "places.tsv").read_text("utf-8").splitlines()
                 if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """English place name → English country name (a country maps to itself)."""
    out: dict[str, str] = {}
    for _arabic, english, _kind, country in _places():
        if english and country:
            out.setdefault(english, country)
    return out


def country_of_place(label_en: str | None) -> str | None:
    """The country a place (by its English label) is in: Astana → Kazakhstan. Events decide
    visit vs host vs third-location meetings by it."""
    return _countries().get(label_en) if label_en else None


@functools.lru_cache(maxsize=1)
def _arabic_country_names() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for arabic, english, kind, _country in _places():
        if kind == "country":
            out.setdefault(english, []).append(arabic)
    return {k: tuple(v) for k, v in out.items()}


def country_names(label_en: str) -> tuple[str, ...]:
    """The Arabic names of a country by its English name (Russia → روسيا): an event's actor that is
    a country only implied ("المسؤولين الروس") carries the English name alone."""
    return _arabic_country_names().get(label_en, ())


def known(norm_name: str) -> Known | None:
    """The curated or gazetteer entry for a normalised name, if any."""
    return _tables()[0].get(norm_name)


def nationality(norm_word: str) -> str | None:
    """English country name for a nationality adjective in any common inflection."""
    return _tables()[1].get(norm_word)


def gazetteer_entries(*, ruler: bool = False):
    """(name, tag) pairs. ``ruler``: only names sure enough to override the tagger (the curated
    list and country names, not the 6,000 city names, some of which are everyday words)."""
    names, adjectives = _tables()
    for norm, entry in names.items():
        if not ruler or entry.curated or entry.country:
            yield norm, entry.type
    if not ruler:
        for norm in adjectives:
            yield norm, "NORP"


@functools.lru_cache(maxsize=1)
def given_names() -> tuple[str, ...]:
    """Common Arabic given names (``given_names.txt``) as written, for the name rules."""
    lines = (HERE / "given_names.txt").read_text("utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))
