"""Name lists as features and as typing evidence: single words and multi-word names.

Every key is in matching form (``normalize``). A lookup tries the word as written, then
without its proclitics (``stems``), so وروسيا and لروسيا hit روسيا. The shipped gazetteer
holds only redistributable lists (see ``resources/LICENSES.md``); training can add more
(``--gazetteer``), but a model is always run with the gazetteer it was trained with, which
is saved inside the model directory.
"""

from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..lang.ar.clitics import stems
from ..lang.ar.normalize import normalize

__all__ = ["Gazetteer", "MAX_WORDS"]

MAX_WORDS = 5


@dataclass
class Gazetteer:
    words: dict[str, set[str]] = field(default_factory=dict)  # one-word names → tags
    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # 2..MAX_WORDS words
    firsts: set[str] = field(default_factory=set)  # first words of phrases: a quick "no match here"

    def add(self, name: str, tag: str) -> None:
        parts = tuple(normalize(name).split())
        if not parts or len(parts) > MAX_WORDS:
            return
        if len(parts) == 1:
            self.words.setdefault(parts[0], set()).add(tag)
        else:
            self.phrases.setdefault(parts, set()).add(tag)
            self.firsts.add(parts[0])
            # first and last word of a person's name are name evidence on their own
            if tag == "PER":
                self.words.setdefault(parts[0], set()).add("PER_FIRST")
                self.words.setdefault(parts[-1], set()).add("PER_LAST")

    def word_tags(self, norm: str) -> frozenset[str]:
        for form in stems(norm):
            if form in self.words:
                return frozenset(self.words[form])
        return frozenset()

    def matches(self, norms: list[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Longest multi-word matches (start, end, tags), left to right, non-overlapping."""
        out = []
        i, n = 0, len(norms)
        phrases, firsts = self.phrases, self.firsts
        while i < n:
            found = None
            if firsts.isdisjoint(first_forms(norms[i])):
                i += 1
                continue
            for length in range(min(MAX_WORDS, n - i), 1, -1):
                rest = tuple(norms[i + 1:i + length])
                for first in first_forms(norms[i]):
                    tags = phrases.get((first, *rest))
                    if tags:
                        found = (i, i + length, frozenset(tags))
                        break
                if found:
                    break
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    # -- persistence: one "tag<TAB>name" line per entry, names in matching form
    def dump(self, path: Path) -> None:
        lines = [f"{t}\t{w}" for w, tags in self.words.items() for t in sorted(tags)]
        lines += [f"{t}\t{' '.join(p)}" for p, tags in self.phrases.items() for t in sorted(tags)]
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("\n".join(sorted(lines)) + "\n")

    @classmethod
    def load(cls, path: Path) -> "Gazetteer":
        gaz = cls()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                tag, _, name = line.rstrip("\n").partition("\t")
                if name:
                    gaz.add(name, tag)
        return gaz

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> "Gazetteer":
        gaz = cls()
        for name, tag in entries:
            gaz.add(name, tag)
        return gaz


@functools.lru_cache(maxsize=131_072)
def first_forms(word: str, article: bool = True) -> tuple[str, ...]:
    """The forms a phrase's first word may take: its stems, and a two-letter word behind one
    proclitic, which ``stems`` leaves alone as too short ("لبي بي سي": ل + BBC)."""
    forms = stems(word, article=article)
    return forms + (word[1:],) if len(word) == 3 and word[0] in "لبوف" else forms
