"""Mentions of the same entity within one article, joined; and the entity's stable id.

Three kinds of joins, in the order news uses them:
- spelling variants of one name (أوخناجين/أوخناغين, أوزبكستان/أوبكستان): token by token, equal
  after folding the letters transliteration swaps (ج/غ/ك/ق, ت/ط, س/ص, ذ/ز/ض/ظ), or one edit
  apart in a long word;
- short forms (بوتين → فلاديمير بوتين, روسيا → روسيا الاتحادية): a shorter mention whose words
  are the end (people) or the start (places, organisations) of a fuller one;
- title references (الرئيس الروسي → the person): see ``titles.py``.

Mentions are processed longest first, so the full name founds the entity and shorter
forms attach to it; a short form that could belong to two entities takes the nearest one
before it. ``entity_id`` depends only on the entity's class and canonical key (its English
label when a list gives one, else its normalised canonical form), never on the article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import editdistance

__all__ = ["Mention", "Entity", "group", "type_class", "entity_id", "similar"]

_FOLD = str.maketrans({"غ": "ج", "ك": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ذ": "ز", "ض": "ز", "ظ": "ز", "ث": "س"})
_CLASSES = {"GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass
class Mention:
    start: int  # offsets into the cleaned text
    end: int
    type: str
    confidence: float
    tokens: tuple[str, ...]  # normalised, proclitics removed
    source: str = "ner"  # ner | lexicon | title | rule | club | recur | aged
    value: dict[str, Any] | None = None
    label_en: str | None = None
    canonical: str | None = None  # set when a list names the entity


@dataclass
class Entity:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    label_en: str | None = None
    canonical: str | None = None
    value: dict[str, Any] | None = None

    @property
    def key(self) -> str:
        return self.label_en or " ".join(self.full.tokens)

    @property
    def full(self) -> Mention:
        named = [m for m in self.mentions if m.source != "title"] or self.mentions
        return max(named, key=lambda m: (len(m.tokens), -m.start))


def type_class(kind: str) -> str:
    return _CLASSES.get(kind, kind)


def entity_id(kind: str, key: str) -> str:
    digest = hashlib.blake2b(f"{type_class(kind)}\x1f{key}".encode("utf-8"), digest_size=10).hexdigest()
    return "e" + digest


def similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) >= 4 and a.translate(_FOLD) == b.translate(_FOLD):
        return True
    return min(len(a), len(b)) >= 6 and editdistance.eval(a, b) <= 1


_BOUND = frozenset({"عبد", "ابو", "أبو", "بو"})  # عبد الله = عبدالله: spelt apart or together


def _compact(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name with عبد/أبو joined to the word they bind (عبد الغني → عبدالغني)."""
    if not _BOUND.intersection(tokens[:-1]):
        return tokens
    out: list[str] = []
    glue = False
    for t in tokens:
        if glue:
            out[-1] += t
        else:
            out.append(t)
        glue = t in _BOUND
    return tuple(out)


_LINEAGE = frozenset(("بن", "ابن", "بنت"))


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(similar(x, y) for x, y in zip(a, b))


def _short_form(short: tuple[str, ...], full: tuple[str, ...], kind: str) -> bool:
    if len(short) >= len(full):
        return False
    if kind == "PER":  # surname, or the last words of the name; or the given name of a "X بن Y"
        # lineage name, which news uses with a title ("الملك سلمان" → سلمان بن عبد العزيز); or the
        # lineage without what follows it ("سعود بن ثنيان" → سعود بن ثنيان آل سعود), or the given and
        # family names without it ("سليمان السحيباني" → سليمان بن عبد الرحمن السحيباني)
        if len(full) > 2 and full[1] in _LINEAGE and similar(short[0], full[0]):
            return len(short) == 1 or len(short) >= 3 and _same_name(short, full[:len(short)]) \
                or len(short) == 2 and short[1] not in _LINEAGE and similar(short[1], full[-1])
        return _same_name(short, full[-len(short):])
    return _same_name(short, full[:len(short)])


def group(mentions: list[Mention]) -> list[Entity]:
    """Join named mentions into entities (numeric ones are grouped by value by the caller)."""
    entities: list[Entity] = []
    forms: dict[int, set[tuple[str, ...]]] = {}  # id(entity) → its distinct token forms
    # (comparing against forms, not mentions: a name repeated n times would make this O(n²))
    for m in sorted(mentions, key=lambda m: (-len(m.tokens), m.start)):
        cls = type_class(m.type)
        tokens = _compact(m.tokens)
        match = None
        for e in entities:
            if type_class(e.type) != cls:
                continue
            known = forms[id(e)]
            if (m.label_en and m.label_en == e.label_en) or tokens in known or \
                    any(_same_name(tokens, form) for form in known):
                match = e
                break
        if match is None:
            candidates = [e for e in entities if type_class(e.type) == cls and not (m.label_en and e.label_en)
                          and any(_short_form(tokens, form, m.type) for form in forms[id(e)])]
            if candidates:
                before = [e for e in candidates if min(o.start for o in e.mentions) < m.start]
                match = max(before or candidates, key=lambda e: max((o.start for o in e.mentions if o.start < m.start),
                                                                   default=-1))
        if match is None:
            match = Entity(m.type, label_en=m.label_en, canonical=m.canonical)
            entities.append(match)
            forms[id(match)] = set()
        elif m.label_en and not match.label_en:
            match.label_en, match.canonical = m.label_en, m.canonical
        if match.type in ("LOC", "GPE") and m.type == "GPE":
            match.type = "GPE"
        match.mentions.append(m)
        forms[id(match)].add(tokens)
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    return entities
