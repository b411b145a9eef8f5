"""CoNLL files in, sentences of (token, label) out; BIO labels to spans for exact-span scoring.

The corpora we learn from disagree on tag names (ANERcorp ``PERS``, AQMAR ``PER`` and
``MIS0..3``, NewsFANE 44 fine types) and carry a few malformed tags. Everything is mapped
here, once, to the four coarse types the built-in model predicts.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterator

__all__ = ["read_conll", "coarse_label", "bio_spans", "Sentence"]

Sentence = list[tuple[str, str]]

_COARSE = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def coarse_label(label: str) -> str:
    """``B-PERS`` → ``B-PER``; AQMAR ``B-MIS2`` → ``B-MISC``; anything malformed → ``O``."""
    if len(label) < 3 or label[1] != "-" or label[0] not in "BI":
        return "O"
    kind = label[2:]
    if kind.startswith("MIS") and kind[3:].isdigit():
        kind = "MISC"
    kind = _COARSE.get(kind)
    return f"{label[0]}-{kind}" if kind else "O"


def read_conll(path: str | Path, *, coarse: bool = True) -> Iterator[Sentence]:
    """Sentences from a CoNLL file (plain or .gz; token and label split by tab or space)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    sentence: Sentence = []
    with opener(path, "rt", encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            token, _, label = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            token = token.strip()
            if not token:
                continue
            label = label.strip()
            sentence.append((token, coarse_label(label) if coarse else label))
    if sentence:
        yield sentence


def bio_spans(labels: list[str]) -> set[tuple[str, int, int]]:
    """(type, start, end) token spans, end exclusive. An ``I-`` that does not continue a span
    of its type starts one (conlleval's rule), so scoring is exact-span CoNLL."""
    spans = set()
    kind, start = None, 0
    for i, label in enumerate([*labels, "O"]):
        tag, _, typ = label.partition("-")
        if kind is not None and (tag != "I" or typ != kind):
            spans.add((kind, start, i))
            kind = None
        if tag == "B" or (tag == "I" and kind is None):
            kind, start = typ, i
    return spans
